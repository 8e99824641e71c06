package dev.leadscope.ml.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Isotonic regression of the label on the margin (pool-adjacent-violators), stored as knots linearly interpolated
 * between them and flat beyond the ends. A fit puts one knot per pooled block, at the block's mean margin: a step
 * function (flat across each block) would give every row of a block the same probability and throw away the
 * model's ranking inside it; interpolating between block centres keeps it.
 */
public record IsotonicCalibration(double[] knots, double[] values) implements Calibration {
    public IsotonicCalibration {
        if (knots == null || values == null || knots.length != values.length || knots.length == 0) {
            throw new IllegalArgumentException("isotonic calibration needs as many knots as values, at least one");
        }
        knots = knots.clone();
        values = values.clone();
        for (int i = 1; i < knots.length; i++) {
            if (knots[i] < knots[i - 1] || values[i] < values[i - 1]) {
                throw new IllegalArgumentException("isotonic knots and values must not decrease (knot " + i + ")");
            }
        }
    }

    @Override
    public double apply(double margin) {
        int n = knots.length;
        if (margin <= knots[0]) {
            return Calibration.clip(values[0]);
        }
        if (margin >= knots[n - 1]) {
            return Calibration.clip(values[n - 1]);
        }
        int i = Arrays.binarySearch(knots, margin);
        if (i >= 0) {
            while (i + 1 < n && knots[i + 1] == margin) {
                i++;
            }
            return Calibration.clip(values[i]);
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double span = knots[hi] - knots[lo];
        double f = span == 0 ? 1 : (margin - knots[lo]) / span;
        return Calibration.clip(values[lo] + f * (values[hi] - values[lo]));
    }

    @Override
    public String name() {
        return "isotonic";
    }

    /** Fits on margins and 0/1 labels. */
    public static IsotonicCalibration fit(double[] margins, int[] labels) {
        Integer[] order = new Integer[margins.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> margins[i]));
        // blocks: sum of labels, weight, last margin, sum of margins
        List<double[]> blocks = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            double[] b = {labels[i], 1, margins[i], margins[i]};
            if (!blocks.isEmpty() && blocks.get(blocks.size() - 1)[2] == margins[i]) {
                double[] last = blocks.remove(blocks.size() - 1);
                b = new double[] {last[0] + b[0], last[1] + 1, margins[i], last[3] + margins[i]};
            }
            blocks.add(b);
            while (blocks.size() > 1) {
                double[] top = blocks.get(blocks.size() - 1);
                double[] prev = blocks.get(blocks.size() - 2);
                if (prev[0] / prev[1] < top[0] / top[1]) {
                    break;
                }
                blocks.remove(blocks.size() - 1);
                blocks.set(blocks.size() - 1, new double[] {prev[0] + top[0], prev[1] + top[1], top[2], prev[3] + top[3]});
            }
        }
        List<double[]> points = new ArrayList<>();
        for (double[] b : blocks) {
            // the mean lies inside the block; rounding must not move it past the last margin or the previous centre
            double centre = Math.min(b[3] / b[1], b[2]);
            if (!points.isEmpty()) {
                centre = Math.max(centre, points.get(points.size() - 1)[0]);
            }
            points.add(new double[] {centre, b[0] / b[1]});
        }
        double[] knots = new double[points.size()];
        double[] values = new double[points.size()];
        for (int i = 0; i < knots.length; i++) {
            knots[i] = points.get(i)[0];
            values[i] = points.get(i)[1];
        }
        return new IsotonicCalibration(knots, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IsotonicCalibration other && Arrays.equals(knots, other.knots) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(knots) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "IsotonicCalibration[" + knots.length + " knots]";
    }
}
