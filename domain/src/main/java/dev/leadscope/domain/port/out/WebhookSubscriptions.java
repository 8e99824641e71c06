package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.notify.NotificationKind;
import dev.leadscope.domain.webhook.WebhookId;
import dev.leadscope.domain.webhook.WebhookSubscription;
import java.util.List;
import java.util.Optional;

/** Stored webhook subscriptions, secrets included (the store protects them). Ids are unique across workspaces. Thread-safe. */
public interface WebhookSubscriptions {

    /** Stores a new subscription. */
    void insert(WebhookSubscription subscription);

    /** Replaces the stored subscription of the same workspace and id; false when there is none. */
    boolean update(WebhookSubscription subscription);

    /** The workspace's subscription {@code id}; empty for an id of another workspace. */
    Optional<WebhookSubscription> find(WorkspaceId workspace, WebhookId id);

    /** The workspace's subscriptions, oldest first. */
    List<WebhookSubscription> list(WorkspaceId workspace);

    /** The workspace's active subscriptions that ask for {@code kind}. */
    List<WebhookSubscription> activeFor(WorkspaceId workspace, NotificationKind kind);

    /** Removes the subscription; false when the workspace has none with {@code id}. */
    boolean delete(WorkspaceId workspace, WebhookId id);
}
