package dev.leadscope.domain.webhook;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/** The id of one delivery of one notification to one webhook: {@code dlv_} and 24 hex digits. */
public record DeliveryId(String value) {
    private static final String PATTERN = "dlv_[0-9a-f]{24}";

    public DeliveryId {
        Objects.requireNonNull(value, "delivery id must not be empty");
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException("deliveryId is not a delivery id: '" + value + "'");
        }
    }

    /** Whether {@code text} could be a delivery id. */
    public static boolean isWellFormed(String text) {
        return text != null && text.matches(PATTERN);
    }

    public static DeliveryId random(SecureRandom random) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return new DeliveryId("dlv_" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
