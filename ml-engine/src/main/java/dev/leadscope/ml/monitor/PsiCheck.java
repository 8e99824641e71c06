package dev.leadscope.ml.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The PSI of a current sample against the reference windows pooled, held to a threshold raised by the reference's own
 * noise floor: the largest PSI of one reference window against the other windows pooled. Sampling noise of a
 * window-sized sample and any trend within the reference period both show in that floor, so only a shift larger than
 * the reference's own week-to-week movement (times a factor) alerts. The base threshold is also raised by the PSI two
 * samples of these sizes drawn from one population show on average ({@link Psi#expectedNoise}), so a small current
 * sample does not pass the base by sampling alone.
 *
 * @param psi       PSI of the current sample against all reference windows
 * @param floor     the largest leave-one-window-out PSI among the reference windows (0 with a single window)
 * @param noise     the PSI expected between the pooled reference and the current sample if nothing changed
 * @param threshold {@code max(base + noise, factor x floor)}
 */
public record PsiCheck(double psi, double floor, double noise, double threshold) {

    /** Whether the shift passes its threshold. */
    public boolean alert() {
        return psi > threshold;
    }

    /** How far past (above 1) or below its threshold the shift is. */
    public double excess() {
        return psi / threshold;
    }

    /** The test on numeric values (NaN missing), binned by {@link Psi}; windows with no value are skipped. */
    public static PsiCheck numeric(List<double[]> windows, double[] current, double base, double factor) {
        return of(windows, current, base, factor, PsiCheck::concat, Psi::of, Psi::bins, w -> w.length);
    }

    /** The test on category counts (the mix of new leads by industry, channel...), see {@link Psi#ofCounts}. */
    public static PsiCheck categorical(List<Map<String, Integer>> windows, Map<String, Integer> current, double base, double factor) {
        return of(windows, current, base, factor, PsiCheck::sum, Psi::ofCounts, Psi::categories,
                w -> w.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static <T> PsiCheck of(List<T> windows, T current, double base, double factor, Function<List<T>, T> pool,
                                    BiFunction<T, T, Double> psi, BiFunction<T, T, Integer> bins, ToIntFunction<T> size) {
        if (!(base > 0) || !(factor > 0)) {
            throw new IllegalArgumentException("base and factor must be positive: " + base + ", " + factor);
        }
        List<T> filled = windows.stream().filter(w -> size.applyAsInt(w) > 0).toList();
        T pooled = pool.apply(filled);
        double shift = psi.apply(pooled, current);
        double noise = Psi.expectedNoise(bins.apply(pooled, current), size.applyAsInt(pooled), size.applyAsInt(current));
        double floor = 0;
        for (int k = 0; k < filled.size() && filled.size() > 1; k++) {
            List<T> rest = new ArrayList<>(filled);
            T left = rest.remove(k);
            floor = Math.max(floor, psi.apply(pool.apply(rest), left));
        }
        return new PsiCheck(shift, floor, noise, Math.max(base + noise, factor * floor));
    }

    private static double[] concat(List<double[]> parts) {
        double[] out = new double[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static Map<String, Integer> sum(List<Map<String, Integer>> parts) {
        Map<String, Integer> out = new TreeMap<>();
        parts.forEach(p -> p.forEach((k, v) -> out.merge(k, v, Integer::sum)));
        return out;
    }
}
