package dev.leadscope.domain.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * One try at a delivery, as the delivery log shows it: when, the receiver's status code or the error that prevented
 * one, how long it took, and when the next try is due ({@code null} when none follows).
 */
public record DeliveryAttempt(DeliveryId delivery, int number, Instant at, Integer statusCode, String error, long durationMillis,
                              DeliveryStatus outcome, Instant nextAttemptAt) {
    public static final int MAX_ERROR = 1000;

    public DeliveryAttempt {
        Objects.requireNonNull(delivery, "delivery must not be empty");
        Objects.requireNonNull(at, "at must not be empty");
        Objects.requireNonNull(outcome, "outcome must not be empty");
        if (number < 1) {
            throw new IllegalArgumentException("number must be at least 1: " + number);
        }
        if ((statusCode == null) == (error == null)) {
            throw new IllegalArgumentException("statusCode or error must be set, not both: " + statusCode + " / " + error);
        }
        if (durationMillis < 0) {
            throw new IllegalArgumentException("durationMillis must be >= 0: " + durationMillis);
        }
        if (error != null && error.length() > MAX_ERROR) {
            error = error.substring(0, MAX_ERROR);
        }
    }
}
