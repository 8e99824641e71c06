package dev.leadscope.domain.report;

import java.time.Instant;
import java.util.Objects;

/** The time window a report covers: from (inclusive) to (exclusive). */
public record ReportWindow(Instant from, Instant to) {
    public ReportWindow {
        Objects.requireNonNull(from, "from must not be empty");
        Objects.requireNonNull(to, "to must not be empty");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to: " + from + " / " + to);
        }
    }

    public boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(to);
    }
}
