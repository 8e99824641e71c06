package dev.leadscope.domain.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * A delivery one worker holds until {@code leaseUntil}: only the holder of {@code token} can record its attempt, and
 * once the lease has passed another worker may claim it again (the holder is taken to have crashed).
 */
public record DeliveryClaim(Delivery delivery, String token, Instant leaseUntil) {
    public DeliveryClaim {
        Objects.requireNonNull(delivery, "delivery must not be empty");
        Objects.requireNonNull(token, "token must not be empty");
        Objects.requireNonNull(leaseUntil, "leaseUntil must not be empty");
    }
}
