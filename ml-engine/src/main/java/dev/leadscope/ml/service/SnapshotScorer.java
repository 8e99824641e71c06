package dev.leadscope.ml.service;

import dev.leadscope.domain.scoring.Reason;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.ml.feature.ColumnEncoder;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotTable;
import dev.leadscope.ml.snapshot.TrainingExamples;
import dev.leadscope.ml.tabular.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores one lead at a moment with a {@link SnapshotModel}: the calibrated probability and the snapshot columns
 * that pushed it up or down most (TreeSHAP contributions summed per column), worded for a sales rep.
 */
public final class SnapshotScorer {
    static final int REASONS = 3;
    private static final double MIN_EFFECT = 0.01;

    /** A probability with its reasons. */
    public record Scored(double probability, Tier tier, List<Reason> positive, List<Reason> negative) {
    }

    private SnapshotScorer() {
    }

    static Scored score(SnapshotModel model, LeadHistory history, Instant at) {
        Table row = SnapshotTable.single(model.features(), history, at);
        float[] x = model.schema().encode(row);
        double margin = model.trees().margins(x, 1)[0];
        float[] contrib = model.trees().contributions(x, 1)[0];
        return scored(model, row, 0, margin, contrib);
    }

    /**
     * Scores many leads at one moment in batches of {@value #CHUNK}: feature rows computed on every core, one
     * encoding and one tree prediction per batch with the threads {@code trees} was loaded with. Without
     * {@code reasons} the contributions are not computed and the reasons are empty (several times faster).
     */
    public static List<Scored> scoreAll(SnapshotModel model, TreeModel trees, List<LeadHistory> histories, Instant at,
                                        boolean reasons) {
        List<Scored> out = new ArrayList<>(histories.size());
        SnapshotFeatures features = model.features();
        List<TrainingExamples.Example> examples = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            examples.add(new TrainingExamples.Example(i, at, 0));
        }
        for (int from = 0; from < histories.size(); from += CHUNK) {
            List<TrainingExamples.Example> chunk = examples.subList(from, Math.min(histories.size(), from + CHUNK));
            Table rows = SnapshotTable.of(features, histories, chunk);
            float[] x = model.schema().encode(rows);
            double[] margins = trees.margins(x, rows.rowCount());
            float[][] contrib = reasons ? trees.contributions(x, rows.rowCount()) : null;
            for (int r = 0; r < rows.rowCount(); r++) {
                if (contrib == null) {
                    double p = model.calibration().apply(margins[r]);
                    out.add(new Scored(p, tier(p), List.of(), List.of()));
                } else {
                    out.add(scored(model, rows, r, margins[r], contrib[r]));
                }
            }
        }
        return out;
    }

    static final int CHUNK = 20_000;

    private static Scored scored(SnapshotModel model, Table row, int r, double margin, float[] contrib) {
        double p = model.calibration().apply(margin);
        List<ColumnEncoder> encoders = model.schema().encoders();
        int[] owners = model.schema().owners();
        double[] perEncoder = new double[encoders.size()];
        for (int f = 0; f < owners.length; f++) {
            perEncoder[owners[f]] += contrib[f];
        }
        // several encoders may read one column: sum them per column
        java.util.Map<String, Double> perColumn = new java.util.LinkedHashMap<>();
        for (int i = 0; i < encoders.size(); i++) {
            perColumn.merge(encoders.get(i).column(), perEncoder[i], Double::sum);
        }
        List<Reason> reasons = new ArrayList<>();
        perColumn.forEach((column, effect) -> {
            if (Math.abs(effect) >= MIN_EFFECT) {
                String cell = row.cell(r, row.column(column));
                reasons.add(new Reason(column, ReasonWording.describe(column, cell, effect), effect));
            }
        });
        List<Reason> positive = reasons.stream().filter(x -> x.contribution() > 0)
                .sorted(Comparator.comparingDouble(Reason::contribution).reversed()).limit(REASONS).toList();
        List<Reason> negative = reasons.stream().filter(x -> x.contribution() < 0)
                .sorted(Comparator.comparingDouble(Reason::contribution)).limit(REASONS).toList();
        return new Scored(p, tier(p), positive, negative);
    }

    /** The default tiers: below 1 % low, 1-5 % medium, 5-10 % high, above 10 % top. */
    public static Tier tier(double p) {
        return p < 0.01 ? Tier.LOW : p < 0.05 ? Tier.MEDIUM : p < 0.10 ? Tier.HIGH : Tier.TOP;
    }
}
