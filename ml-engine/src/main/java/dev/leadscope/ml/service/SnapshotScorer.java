package dev.leadscope.ml.service;

import dev.leadscope.domain.scoring.Reason;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.ml.feature.ColumnEncoder;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotTable;
import dev.leadscope.ml.tabular.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores one lead at a moment with a {@link SnapshotModel}: the calibrated probability and the snapshot columns
 * that pushed it up or down most (TreeSHAP contributions summed per column), worded for a sales rep.
 */
final class SnapshotScorer {
    static final int REASONS = 3;
    private static final double MIN_EFFECT = 0.01;

    /** A probability with its reasons. */
    record Scored(double probability, Tier tier, List<Reason> positive, List<Reason> negative) {
    }

    private SnapshotScorer() {
    }

    static Scored score(SnapshotModel model, LeadHistory history, Instant at) {
        Table row = SnapshotTable.single(model.features(), history, at);
        float[] x = model.schema().encode(row);
        double margin = model.trees().margins(x, 1)[0];
        double p = model.calibration().apply(margin);
        float[] contrib = model.trees().contributions(x, 1)[0];
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
                String cell = row.cell(0, row.column(column));
                reasons.add(new Reason(column, ReasonWording.describe(column, cell, effect), effect));
            }
        });
        List<Reason> positive = reasons.stream().filter(r -> r.contribution() > 0)
                .sorted(Comparator.comparingDouble(Reason::contribution).reversed()).limit(REASONS).toList();
        List<Reason> negative = reasons.stream().filter(r -> r.contribution() < 0)
                .sorted(Comparator.comparingDouble(Reason::contribution)).limit(REASONS).toList();
        return new Scored(p, tier(p), positive, negative);
    }

    /** The default tiers: below 1 % low, 1-5 % medium, 5-10 % high, above 10 % top. */
    static Tier tier(double p) {
        return p < 0.01 ? Tier.LOW : p < 0.05 ? Tier.MEDIUM : p < 0.10 ? Tier.HIGH : Tier.TOP;
    }
}
