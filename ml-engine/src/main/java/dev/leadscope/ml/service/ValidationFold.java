package dev.leadscope.ml.service;

import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Carves the rows for early stopping and calibration out of time-ordered training snapshots: the recent snapshots
 * of a share of accounts held out whole. Whole accounts, because a lead's weekly snapshots (and its colleagues')
 * share one outcome and one profile: validating on later snapshots of accounts the trees were fitted on rewards
 * memorising those accounts, which stops boosting late and calibrates on rows far easier than new ones. Recent,
 * because the conversion rate drifts: calibration fitted on the snapshots nearest the period scored next carries
 * the least base-rate shift. The held-out accounts' earlier snapshots are left out of both parts.
 *
 * @param fit   rows the trees learn from, in time order
 * @param valid rows early stopping and calibration use, in time order
 */
record ValidationFold(List<Example> fit, List<Example> valid) {
    /** Share of the training time line (by snapshot count, latest last) the validation rows are taken from. */
    static final double RECENT_SHARE = 0.5;

    /**
     * Splits {@code ordered} (sorted by time) with {@code groups} (an account number per row): a seeded draw of
     * about {@code accountShare} of the accounts is held out, and their rows in the latest {@link #RECENT_SHARE} of
     * the time line validate. Falls back to every fifth row when that leaves either part without both outcomes.
     */
    static ValidationFold of(List<Example> ordered, int[] groups, double accountShare, long seed) {
        int groupCount = 0;
        for (int g : groups) {
            groupCount = Math.max(groupCount, g + 1);
        }
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5EA1D0L);
        boolean[] held = new boolean[groupCount];
        for (int g = 0; g < groupCount; g++) {
            held[g] = rng.nextDouble() < accountShare;
        }
        int recentFrom = (int) Math.floor(ordered.size() * (1 - RECENT_SHARE));
        List<Example> fit = new ArrayList<>();
        List<Example> valid = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (!held[groups[i]]) {
                fit.add(ordered.get(i));
            } else if (i >= recentFrom) {
                valid.add(ordered.get(i));
            }
        }
        if (bothOutcomes(fit) && bothOutcomes(valid)) {
            return new ValidationFold(fit, valid);
        }
        // too few accounts or outcomes for a held-out fold with both classes: every fifth row validates
        fit = new ArrayList<>();
        valid = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            (i % 5 == 4 ? valid : fit).add(ordered.get(i));
        }
        return new ValidationFold(fit, valid);
    }

    private static boolean bothOutcomes(List<Example> rows) {
        int positives = SnapshotTrainer.positives(rows);
        return positives > 0 && positives < rows.size();
    }
}
