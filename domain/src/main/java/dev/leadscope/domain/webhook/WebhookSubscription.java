package dev.leadscope.domain.webhook;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.notify.NotificationKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A workspace's order to be told of some kinds of notification by a signed POST to {@code url}. The secret signs
 * every delivery; it is shown to the caller only when the subscription is created.
 */
public record WebhookSubscription(WorkspaceId workspace, WebhookId id, URI url, String secret, Set<NotificationKind> kinds,
                                  String description, boolean active, Instant createdAt, Instant updatedAt) {
    public static final int MIN_SECRET = 16;
    public static final int MAX_SECRET = 256;
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_URL = 2000;

    public WebhookSubscription {
        Objects.requireNonNull(workspace, "workspace must not be empty");
        Objects.requireNonNull(id, "id must not be empty");
        checkUrl(url);
        if (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            throw new IllegalArgumentException("secret must be " + MIN_SECRET + " to " + MAX_SECRET + " characters long");
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds must name at least one notification kind");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION + " characters long");
        }
        Objects.requireNonNull(createdAt, "createdAt must not be empty");
        Objects.requireNonNull(updatedAt, "updatedAt must not be empty");
    }

    /** The URL {@code text} names, when it is an absolute http or https URL with a host. */
    public static URI parseUrl(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("url must not be empty");
        }
        try {
            URI uri = new URI(text.strip());
            checkUrl(uri);
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a URL: " + e.getReason());
        }
    }

    private static void checkUrl(URI url) {
        Objects.requireNonNull(url, "url must not be empty");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("url must be an http or https URL: '" + url + "'");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException("url must name a host: '" + url + "'");
        }
        if (url.toString().length() > MAX_URL) {
            throw new IllegalArgumentException("url must be at most " + MAX_URL + " characters long");
        }
    }

    /** Whether a notification of {@code kind} goes to this subscription now. */
    public boolean wants(NotificationKind kind) {
        return active && kinds.contains(kind);
    }

    /** The same subscription with its changeable fields replaced, updated at {@code at}. */
    public WebhookSubscription with(URI newUrl, String newSecret, Set<NotificationKind> newKinds, String newDescription, boolean newActive,
                                    Instant at) {
        return new WebhookSubscription(workspace, id, newUrl, newSecret, newKinds, newDescription, newActive, createdAt, at);
    }

    @Override
    public String toString() {
        return "WebhookSubscription[" + workspace + "/" + id + " " + url + " " + kinds + (active ? "" : " inactive") + "]";
    }
}
