package dev.leadscope.ml.evaluation;

import dev.leadscope.ml.tabular.ColumnType;
import dev.leadscope.ml.tabular.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Breaks held-out quality down by segment and flags segments where the model is much worse than overall:
 * ROC AUC more than {@link #AUC_GAP} below, or calibration error more than {@link #ECE_GAP} above.
 * Segments with fewer than {@link #MIN_ROWS} rows are left out; those with fewer than 5 of either outcome get no AUC.
 */
public final class Segments {
    public static final double AUC_GAP = 0.05;
    public static final double ECE_GAP = 0.05;
    public static final int MIN_ROWS = 30;
    private static final Pattern SEGMENT_LIKE = Pattern.compile(
            ".*(industry|sector|source|channel|origin|region|country|segment|territory|market).*", Pattern.CASE_INSENSITIVE);

    private Segments() {
    }

    /** The category columns whose names look like industry, source or region. */
    public static List<String> detect(Table table, List<String> excluded) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String name = table.columns().get(c);
            if (!excluded.contains(name) && table.type(c) == ColumnType.CATEGORY && SEGMENT_LIKE.matcher(name).matches()) {
                out.add(name);
            }
        }
        return out;
    }

    /** Metrics per level of each column (levels with enough rows), and the warnings. */
    public static List<SegmentMetrics> measure(Table held, double[] p, int[] labels, List<String> columns) {
        List<SegmentMetrics> out = new ArrayList<>();
        for (String column : columns) {
            int c = held.column(column);
            Map<String, List<Integer>> rows = new LinkedHashMap<>();
            for (int r = 0; r < held.rowCount(); r++) {
                String v = held.cell(r, c);
                rows.computeIfAbsent(v == null ? "(missing)" : v, k -> new ArrayList<>()).add(r);
            }
            rows.entrySet().stream()
                    .sorted(Map.Entry.<String, List<Integer>>comparingByValue((a, b) -> b.size() - a.size()))
                    .filter(e -> e.getValue().size() >= MIN_ROWS)
                    .forEach(e -> {
                        List<Integer> idx = e.getValue();
                        double[] sp = new double[idx.size()];
                        int[] sy = new int[idx.size()];
                        double sum = 0;
                        int conv = 0;
                        for (int i = 0; i < sp.length; i++) {
                            sp[i] = p[idx.get(i)];
                            sy[i] = labels[idx.get(i)];
                            sum += sp[i];
                            conv += sy[i];
                        }
                        boolean judged = sp.length >= MIN_ROWS && conv >= 5 && sp.length - conv >= 5;
                        out.add(new SegmentMetrics(column, e.getKey(), sp.length, conv,
                                judged ? Metrics.rocAuc(sp, sy) : Double.NaN,
                                sp.length >= MIN_ROWS ? Metrics.expectedCalibrationError(Metrics.reliability(sp, sy, 10)) : Double.NaN,
                                sum / sp.length));
                    });
        }
        return out;
    }

    /** Warnings for segments much worse than the overall figures. */
    public static List<String> warnings(List<SegmentMetrics> segments, double overallAuc, double overallEce) {
        List<String> out = new ArrayList<>();
        for (SegmentMetrics s : segments) {
            if (!Double.isNaN(s.rocAuc()) && s.rocAuc() < overallAuc - AUC_GAP) {
                out.add(String.format(Locale.ROOT, "segment %s = %s (%d rows): ROC AUC %.3f is more than %.2f below overall %.3f",
                        s.column(), s.value(), s.rows(), s.rocAuc(), AUC_GAP, overallAuc));
            }
            if (!Double.isNaN(s.calibrationError()) && s.calibrationError() > overallEce + ECE_GAP) {
                out.add(String.format(Locale.ROOT, "segment %s = %s (%d rows): calibration error %.3f is more than %.2f above overall %.3f (probabilities biased for this group)",
                        s.column(), s.value(), s.rows(), s.calibrationError(), ECE_GAP, overallEce));
            }
        }
        return out;
    }
}
