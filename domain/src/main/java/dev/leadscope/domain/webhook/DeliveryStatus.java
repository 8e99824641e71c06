package dev.leadscope.domain.webhook;

/** Where a delivery stands: waiting for its next attempt, delivered (a 2xx answer), or dead after its last try. */
public enum DeliveryStatus {
    PENDING, DELIVERED, DEAD;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
