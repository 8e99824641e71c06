package dev.leadscope.ml.sequence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a lead's events into the per-step input vectors of the sequence model; training, bulk scoring and the
 * incremental serving path all go through here, so they cannot encode differently.
 *
 * <p>Each event becomes one step: one-hot type (known types, "other"), one-hot category (known, "other"; none
 * = zeros), log hours since the previous event and log hours since the first, and when in the week it
 * happened (hour of day as a point on a circle, weekend or not; UTC). Scoring at a moment appends one
 * more step, the <em>now</em> step (its own type slot), whose gaps run to the scoring moment.
 *
 * <p>The network reads the events from the start of the current <em>block</em>: blocks start every
 * {@code window / 2} events, and the current one is the earliest that leaves at most {@code window} events,
 * so the network reads all of a short history and between {@code window / 2 + 1} and {@code window} of the
 * latest events of a long one. A lead's running state can then follow exactly with two LSTM steps per event
 * (see {@link SequenceModel#advance}) instead of re-reading the window. Thread-safe.
 *
 * @param vocabulary the known types and categories
 * @param window     most events fed to the network (older ones are dropped block by block); even, at least 2
 */
public record SequenceEncoder(EventVocabulary vocabulary, int window) {
    /** Log-hour gaps are divided by this so that inputs stay near [0, 2]. */
    static final double GAP_SCALE = 5.0;
    private static final long SECONDS_PER_DAY = 86_400L;

    public SequenceEncoder {
        if (vocabulary == null) {
            throw new IllegalArgumentException("vocabulary must not be empty");
        }
        if (window < 2 || window > 10_000 || window % 2 != 0) {
            throw new IllegalArgumentException("window must be an even number between 2 and 10000: " + window);
        }
    }

    /** Width of one step vector. */
    public int width() {
        return nowSlot() + 1 + vocabulary.categories().size() + 1 + 5;
    }

    private int nowSlot() {
        return vocabulary.types().size() + 1;
    }

    /** The step of {@code event} given the previous event's time and the first event's time (null when none). */
    public float[] step(SequenceEvent event, Instant previous, Instant first) {
        float[] x = new float[width()];
        x[vocabulary.typeIndex(event.type())] = 1f;
        int c = vocabulary.categoryIndex(event.category());
        if (c >= 0) {
            x[nowSlot() + 1 + c] = 1f;
        }
        gaps(x, event.at(), previous, first);
        return x;
    }

    /** The closing step at the scoring moment {@code at}, after events whose last and first times are given. */
    public float[] now(Instant at, Instant last, Instant first) {
        float[] x = new float[width()];
        x[nowSlot()] = 1f;
        gaps(x, at, last, first);
        return x;
    }

    private void gaps(float[] x, Instant at, Instant previous, Instant first) {
        int w = x.length;
        // UTC minute of the day and day of the week by arithmetic: this runs for every event encoded, and the date-time
        // objects it used to build (a zone's rules among them) were a large share of what encoding allocated
        long second = at.getEpochSecond();
        int minuteOfDay = (int) (Math.floorMod(second, SECONDS_PER_DAY) / 60);
        double angle = 2 * Math.PI * minuteOfDay / 1440.0;
        x[w - 5] = (float) Math.sin(angle);
        x[w - 4] = (float) Math.cos(angle);
        x[w - 3] = isWeekend(Math.floorDiv(second, SECONDS_PER_DAY)) ? 1f : 0f;
        x[w - 2] = logHours(previous, at);
        x[w - 1] = logHours(first, at);
    }

    /** Whether the UTC day {@code epochDay} days after 1970-01-01 (a Thursday) is a Saturday or a Sunday. */
    static boolean isWeekend(long epochDay) {
        int daysAfterMonday = (int) Math.floorMod(epochDay + 3, 7L);
        return daysAfterMonday >= 5;
    }

    static float logHours(Instant from, Instant to) {
        if (from == null) {
            return 0f;
        }
        // whole milliseconds between them, rounded down, as Duration.between(from, to).toMillis() gives them
        long millis = (to.getEpochSecond() - from.getEpochSecond()) * 1000L + Math.floorDiv(to.getNano() - from.getNano(), 1_000_000);
        double hours = Math.max(0, millis) / 3_600_000.0;
        return (float) (Math.log1p(hours) / GAP_SCALE);
    }

    /** Events per block: the window moves on by this many events at a time. */
    public int block() {
        return window / 2;
    }

    /** Index of the first event the network reads when a lead has {@code events} events. */
    public int start(int events) {
        if (events <= window) {
            return 0;
        }
        int b = block();
        return (events - window + b - 1) / b * b;
    }

    /**
     * The steps fed to the network when scoring at {@code at}: the events strictly before {@code at} (in time
     * order) from the current block's start, then the now step. Never empty.
     */
    public float[][] encode(List<SequenceEvent> events, Instant at) {
        int end = 0;
        while (end < events.size() && events.get(end).at().isBefore(at)) {
            end++;
        }
        int start = start(end);
        List<float[]> steps = new ArrayList<>(end - start + 1);
        Instant first = end > 0 ? events.get(0).at() : null;
        for (int i = start; i < end; i++) {
            SequenceEvent e = events.get(i);
            if (i > 0 && e.at().isBefore(events.get(i - 1).at())) {
                throw new IllegalArgumentException("events must be in time order: event " + i + " at " + e.at()
                        + " comes before event " + (i - 1) + " at " + events.get(i - 1).at());
            }
            steps.add(step(e, i > 0 ? events.get(i - 1).at() : null, first));
        }
        steps.add(now(at, end > 0 ? events.get(end - 1).at() : null, first));
        return steps.toArray(new float[0][]);
    }
}
