package dev.leadscope.domain.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as every store keeps them: to the microsecond, so a record reads back exactly as it was written. */
public final class Instants {
    private Instants() {
    }

    /** {@code instant} truncated to whole microseconds; null stays null. */
    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
