package dev.leadscope.ml.service;

import dev.leadscope.domain.scoring.Reason;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotEncoding;
import dev.leadscope.ml.snapshot.SnapshotRow;
import dev.leadscope.ml.snapshot.SharedParts;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.column.SequenceColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Scores one lead at a moment with a {@link SnapshotModel}: the calibrated probability and the snapshot columns
 * that pushed it up or down most (TreeSHAP contributions summed per column), worded for a sales rep. A model with the
 * LSTM column reads it last, computed from the lead's events (or given, from the lead's kept state).
 */
public final class SnapshotScorer {
    static final int REASONS = 3;
    private static final double MIN_EFFECT = 0.01;

    /** A probability with its reasons. */
    public record Scored(double probability, Tier tier, List<Reason> positive, List<Reason> negative) {
    }

    private SnapshotScorer() {
    }

    /** Scores the lead from its history alone (the LSTM column, if any, by a forward pass over its events). */
    static Scored score(SnapshotModel model, LeadHistory history, Instant at) {
        List<SequenceEvent> events = model.sequence() == null ? null : SequenceColumn.events(history);
        return score(model, history, at, events, events == null ? Double.NaN : model.sequence().value(events, at));
    }

    /**
     * Scores the lead with the LSTM column's value already known ({@code sequence}, from the lead's kept state;
     * ignored when the model has no such column; {@code events} are the lead's, for the column's reason).
     */
    static Scored score(SnapshotModel model, LeadHistory history, Instant at, List<SequenceEvent> events, double sequence) {
        Prepared prepared = prepared(model);
        SnapshotFeatures features = prepared.features();
        SnapshotEncoding encoding = prepared.encoding();
        SnapshotRow row = features.values(history, at);
        float[] x = new float[model.width()];
        encoding.encode(row, x, 0);
        if (model.sequence() != null) {
            x[encoding.width()] = (float) sequence;
        }
        double margin = model.trees().margins(x, 1)[0];
        float[] contrib = model.trees().contributions(x, 1)[0];
        return scored(model, encoding, row, margin, contrib, events, at);
    }

    /**
     * Scores many leads at one moment in batches: feature rows computed as values on every core and written
     * straight into the float matrix, one tree prediction per batch with the threads {@code trees} was loaded with.
     * Without {@code reasons} the contributions are not computed and the reasons are empty (several times faster).
     */
    public static List<Scored> scoreAll(SnapshotModel model, TreeModel trees, List<LeadHistory> histories, Instant at,
                                        boolean reasons) {
        return scoreAll(model, trees, histories, at, reasons, null);
    }

    /**
     * As {@link #scoreAll(SnapshotModel, TreeModel, List, Instant, boolean)}, with the LSTM column's values given
     * ({@code sequence}, one per history, from the leads' kept states) or, when null, computed in bulk on every core.
     */
    public static List<Scored> scoreAll(SnapshotModel model, TreeModel trees, List<LeadHistory> histories, Instant at,
                                        boolean reasons, double[] sequence) {
        Prepared prepared = prepared(model);
        SnapshotFeatures features = prepared.features();
        SnapshotEncoding encoding = prepared.encoding();
        int width = model.width();
        SequenceColumn column = model.sequence();
        if (sequence != null && sequence.length != histories.size()) {
            throw new IllegalArgumentException(sequence.length + " sequence values for " + histories.size() + " leads");
        }
        Scored[] out = new Scored[histories.size()];
        // rows are kept only while their reasons are worded: smaller batches then bound the memory held
        int chunk = reasons ? CHUNK / 4 : CHUNK;
        for (int from = 0; from < histories.size(); from += chunk) {
            int n = Math.min(histories.size(), from + chunk) - from;
            int base = from;
            float[] x = new float[Math.multiplyExact(n, width)];
            SnapshotRow[] rows = reasons ? new SnapshotRow[n] : null;
            List<SequenceEvent>[] events = column != null && reasons ? newLists(n) : null;
            // the batch's leads share their committees' tallies, notes' cues and accounts' intent
            SharedParts shared = features.shared(at);
            IntStream rowsOfChunk = IntStream.range(0, n);
            // a real-time batch of a few leads is cheaper on the caller's thread than handed to the common pool
            (n < PARALLEL_ROWS ? rowsOfChunk : rowsOfChunk.parallel()).forEach(i -> {
                LeadHistory h = histories.get(base + i);
                SnapshotRow row = features.values(h, at, shared);
                encoding.encode(row, x, i * width);
                if (column != null) {
                    List<SequenceEvent> e = SequenceColumn.events(h);
                    x[i * width + width - 1] = (float) (sequence != null ? sequence[base + i] : column.value(e, at));
                    if (events != null) {
                        events[i] = e;
                    }
                }
                if (rows != null) {
                    rows[i] = row;
                }
            });
            double[] margins = trees.margins(x, n);
            if (rows == null) {
                for (int r = 0; r < n; r++) {
                    double p = model.calibration().apply(margins[r]);
                    out[base + r] = new Scored(p, tier(p), List.of(), List.of());
                }
            } else {
                float[][] contrib = trees.contributions(x, n);
                IntStream.range(0, n).parallel().forEach(r ->
                        out[base + r] = scored(model, encoding, rows[r], margins[r], contrib[r], events == null ? null : events[r], at));
            }
        }
        return Arrays.asList(out);
    }

    static final int CHUNK = 20_000;

    /** A model's row recipe and its encoding into the trees' matrix: made once per model, not once per call. */
    record Prepared(SnapshotModel model, SnapshotFeatures features, SnapshotEncoding encoding) {
    }

    /** The models scored lately with their recipes (a few: the active models and those whose reasons are shown). */
    private static final AtomicReferenceArray<Prepared> RECENT = new AtomicReferenceArray<>(8);
    private static final AtomicInteger NEXT = new AtomicInteger();

    /**
     * The recipe and encoding of {@code model}, from the few kept when it is one of them (found by identity: a loaded
     * model is one object for as long as it is used), made afresh otherwise and kept in place of the oldest.
     */
    static Prepared prepared(SnapshotModel model) {
        for (int i = 0; i < RECENT.length(); i++) {
            Prepared p = RECENT.get(i);
            if (p != null && p.model() == model) {
                return p;
            }
        }
        SnapshotFeatures features = model.features();
        Prepared made = new Prepared(model, features, new SnapshotEncoding(model.schema(), features.columns()));
        RECENT.set(Math.floorMod(NEXT.getAndIncrement(), RECENT.length()), made);
        return made;
    }
    /** Fewest leads whose rows are computed on every core; fewer are computed on the calling thread. */
    static final int PARALLEL_ROWS = 64;

    @SuppressWarnings("unchecked")
    private static List<SequenceEvent>[] newLists(int n) {
        return new List[n];
    }

    private static Scored scored(SnapshotModel model, SnapshotEncoding encoding, SnapshotRow row, double margin,
                                 float[] contrib, List<SequenceEvent> events, Instant at) {
        double p = model.calibration().apply(margin);
        double[] perColumn = encoding.perColumn(contrib);
        Sequence sequence = model.sequence() == null ? null : new Sequence(model.sequence(), events, at);
        // the LSTM column's contribution comes after the schema's features; it is worded as one more column
        double[] effects = sequence == null ? perColumn : java.util.Arrays.copyOf(perColumn, perColumn.length + 1);
        if (sequence != null) {
            effects[effects.length - 1] = contrib[encoding.width()];
        }
        List<Integer> up = new ArrayList<>();
        List<Integer> down = new ArrayList<>();
        for (int c = 0; c < effects.length; c++) {
            if (Math.abs(effects[c]) >= MIN_EFFECT) {
                (effects[c] > 0 ? up : down).add(c);
            }
        }
        // stable sorts: equal effects keep the schema's column order
        up.sort(Comparator.comparingDouble((Integer c) -> effects[c]).reversed());
        down.sort(Comparator.comparingDouble((Integer c) -> effects[c]));
        return new Scored(p, tier(p), worded(encoding, row, effects, up, sequence), worded(encoding, row, effects, down, sequence));
    }

    /** What the LSTM column's reason is worded from. */
    private record Sequence(SequenceColumn column, List<SequenceEvent> events, Instant at) {
    }

    private static List<Reason> worded(SnapshotEncoding encoding, SnapshotRow row, double[] effects, List<Integer> order,
                                       Sequence sequence) {
        List<Reason> out = new ArrayList<>(REASONS);
        for (int k = 0; k < Math.min(REASONS, order.size()); k++) {
            int c = order.get(k);
            if (sequence != null && c == encoding.columns().size()) {
                out.add(new Reason(SequenceColumn.NAME, SequenceWording.describe(sequence.column(), sequence.events(), sequence.at(),
                        effects[c]), effects[c]));
                continue;
            }
            String column = encoding.columns().get(c);
            out.add(new Reason(column, ReasonWording.describe(column, row.cell(column), effects[c]), effects[c]));
        }
        return List.copyOf(out);
    }

    /** The default tiers: below 1 % low, 1-5 % medium, 5-10 % high, above 10 % top. */
    public static Tier tier(double p) {
        return p < 0.01 ? Tier.LOW : p < 0.05 ? Tier.MEDIUM : p < 0.10 ? Tier.HIGH : Tier.TOP;
    }
}
