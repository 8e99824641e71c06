package dev.leadscope.ml.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When a week's intent surge counts as known at a moment t, and which known weeks fall in a window of the latest
 * ones. Intent comes by weeks starting on Mondays and training snapshots are taken at Monday 00:00, the very moment a
 * week ends.
 * <ul>
 *   <li>{@link #AFTER_END} (snapshot formats 2 and 3): a week is known only strictly after its end, and windows
 *   count back from the day of t. A snapshot at Monday 00:00 then saw three weeks in its four-week window while a
 *   lead scored on any later day saw four: the model learned from figures that serving never produced.</li>
 *   <li>{@link #FROM_END} (format 4 on): a week is known from its end on (everything it sums happened before its end),
 *   and windows count whole weeks by their age, so a snapshot on a Monday and a lead scored on any day of that
 *   week see the same number of weeks.</li>
 * </ul>
 */
enum IntentWeekRule {
    AFTER_END,
    FROM_END;

    /** The rule of a snapshot feature format. */
    static IntentWeekRule of(int format) {
        return format >= 4 ? FROM_END : AFTER_END;
    }

    /** Whether the week starting on epoch day {@code weekStart} is known at {@code t}. */
    boolean known(long weekStart, Instant t) {
        long weekOver = (weekStart + 7) * 86_400L;
        if (this == FROM_END) {
            return weekOver <= t.getEpochSecond();
        }
        return weekOver < t.getEpochSecond() || weekOver == t.getEpochSecond() && t.getNano() > 0;
    }

    /**
     * Whether a known week starting on epoch day {@code weekStart} is among the latest {@code days / 7} weeks at
     * {@code t}: by the week's age from the day of t under {@link #FROM_END}; by its start against the day of t
     * less {@code slackDays} under {@link #AFTER_END}, as formats 2 and 3 counted.
     */
    boolean within(long weekStart, Instant t, int days, int slackDays) {
        long day = LocalDate.ofInstant(t, ZoneOffset.UTC).toEpochDay();
        if (this == FROM_END) {
            return day - (weekStart + 7) < days;
        }
        return weekStart >= day - slackDays - days;
    }
}
