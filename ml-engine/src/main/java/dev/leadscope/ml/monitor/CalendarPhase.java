package dev.leadscope.ml.monitor;

import dev.leadscope.ml.snapshot.FiscalCalendar;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Instant;
import java.util.List;

/**
 * Moves the fiscal-calendar features of encoded rows to where each account's fiscal year stood at one moment, so
 * rows scored in different months compare as if scored in the same one. Every account's year moves on by the same
 * months between two moments, so {@code months_since_year_end} shifts by that difference (mod 12) and
 * {@code quarter_end_month} follows from it; missing values stay missing.
 */
final class CalendarPhase {
    private CalendarPhase() {
    }

    /**
     * Rewrites, in place, the calendar features of the row-major matrix {@code x} ({@code rows.size()} rows of
     * {@code names.size()} features, row {@code r} scored at {@code rows.get(r).at()}) as read at {@code at}. A schema
     * without {@code months_since_year_end} is left as it is.
     */
    static void holdAt(float[] x, List<String> names, List<Example> rows, Instant at) {
        int width = names.size();
        if (x.length != width * rows.size()) {
            throw new IllegalArgumentException("the matrix holds " + x.length + " values, not " + rows.size() + " rows of " + width);
        }
        int since = names.indexOf(FiscalCalendar.MONTHS_SINCE_YEAR_END);
        int quarter = names.indexOf(FiscalCalendar.QUARTER_END_MONTH);
        if (since < 0) {
            return;
        }
        int target = FiscalCalendar.monthOf(at);
        for (int r = 0; r < rows.size(); r++) {
            int o = r * width;
            float v = x[o + since];
            if (Float.isNaN(v)) {
                continue;
            }
            int moved = FiscalCalendar.monthsSinceYearEnd(Math.round(v) + target, FiscalCalendar.monthOf(rows.get(r).at()));
            x[o + since] = moved;
            if (quarter >= 0) {
                x[o + quarter] = FiscalCalendar.isQuarterEnd(moved) ? 1 : 0;
            }
        }
    }
}
