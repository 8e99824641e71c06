package dev.leadscope.rest.cli.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Event → stored score lag read back from each lead's score history: for every accepted event, the first score of
 * its lead stored at or after the moment the accepted attempt was sent (no earlier score can include it), minus the
 * moment the event was due. Events whose lead has no such score are counted as unscored.
 */
public final class ScoreLag {
    private ScoreLag() {
    }

    /**
     * What the histories showed.
     *
     * @param lag             lag in µs of the measured (after warm-up) events that were scored
     * @param scored          accepted events, warm-up included, with a score at or after them
     * @param unscored        accepted events, warm-up included, without one
     * @param unscoredSample  up to 10 ids of unscored events
     */
    public record Result(LatencyHistogram lag, long scored, long unscored, List<String> unscoredSample) {
    }

    /**
     * Matches events to scores.
     *
     * @param events      the events the service accepted
     * @param scoredAt    per lead index, the epoch microseconds of its stored scores in any order (null or absent: none)
     */
    public static Result compute(List<SentEvent> events, Map<Integer, long[]> scoredAt) {
        Map<Integer, long[]> sorted = new java.util.HashMap<>();
        scoredAt.forEach((lead, times) -> {
            long[] copy = times.clone();
            Arrays.sort(copy);
            sorted.put(lead, copy);
        });
        LatencyHistogram lag = new LatencyHistogram();
        long scored = 0;
        long unscored = 0;
        List<String> sample = new ArrayList<>();
        for (SentEvent e : events) {
            long first = firstAtOrAfter(sorted.get(e.lead()), e.sentMicros());
            if (first == Long.MIN_VALUE) {
                unscored++;
                if (sample.size() < 10) {
                    sample.add(e.id());
                }
                continue;
            }
            scored++;
            if (e.measured()) {
                lag.record(first - e.intendedMicros());
            }
        }
        return new Result(lag, scored, unscored, List.copyOf(sample));
    }

    /** The first of the sorted {@code times} at or after {@code at}, or {@link Long#MIN_VALUE} when there is none. */
    static long firstAtOrAfter(long[] times, long at) {
        if (times == null || times.length == 0) {
            return Long.MIN_VALUE;
        }
        int i = Arrays.binarySearch(times, at);
        if (i >= 0) {
            while (i > 0 && times[i - 1] == at) {
                i--;
            }
            return times[i];
        }
        int insertion = -i - 1;
        return insertion < times.length ? times[insertion] : Long.MIN_VALUE;
    }
}
