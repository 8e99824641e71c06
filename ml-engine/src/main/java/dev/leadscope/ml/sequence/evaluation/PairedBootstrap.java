package dev.leadscope.ml.sequence.evaluation;

import dev.leadscope.ml.evaluation.Metrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** How sure a difference in ROC AUC is: a paired bootstrap that resamples whole groups (cases, accounts). */
final class PairedBootstrap {
    private PairedBootstrap() {
    }

    /** AUC(a) − AUC(b) on all rows, and the 2.5 % and 97.5 % quantiles over {@code rounds} group resamples. */
    static double[] aucDifference(double[] a, double[] b, List<LabelledSequence> rows, int rounds, long seed) {
        int[] y = new int[rows.size()];
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i).label();
            groups.computeIfAbsent(rows.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> members = new ArrayList<>(groups.values());
        Random random = new Random(seed ^ 0xB007L);
        double[] diffs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            List<Integer> sample = new ArrayList<>(y.length);
            for (int k = 0; k < members.size(); k++) {
                sample.addAll(members.get(random.nextInt(members.size())));
            }
            double[] sa = new double[sample.size()];
            double[] sb = new double[sample.size()];
            int[] sy = new int[sample.size()];
            for (int k = 0; k < sa.length; k++) {
                sa[k] = a[sample.get(k)];
                sb[k] = b[sample.get(k)];
                sy[k] = y[sample.get(k)];
            }
            diffs[r] = Metrics.rocAuc(sa, sy) - Metrics.rocAuc(sb, sy);
        }
        Arrays.sort(diffs);
        return new double[] {Metrics.rocAuc(a, y) - Metrics.rocAuc(b, y), diffs[(int) (0.025 * (rounds - 1))],
            diffs[(int) Math.ceil(0.975 * (rounds - 1))]};
    }
}
