package dev.leadscope.domain.webhook;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/** The id of a webhook subscription: {@code wh_} and 20 hex digits, made by the service. */
public record WebhookId(String value) {
    private static final String PATTERN = "wh_[0-9a-f]{20}";

    public WebhookId {
        Objects.requireNonNull(value, "webhook id must not be empty");
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException("id is not a webhook id: '" + value + "'");
        }
    }

    /** Whether {@code text} could be a webhook id (a lookup of anything else finds nothing). */
    public static boolean isWellFormed(String text) {
        return text != null && text.matches(PATTERN);
    }

    public static WebhookId random(SecureRandom random) {
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        return new WebhookId("wh_" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
