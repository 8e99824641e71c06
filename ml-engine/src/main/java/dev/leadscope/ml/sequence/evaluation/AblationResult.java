package dev.leadscope.ml.sequence.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of a sequence ablation: for each variant its pooled and per-slice ROC AUC on the test examples
 * (plus log loss and Brier score of its calibrated probabilities), the test counts per slice, and how long
 * the sequence network took to train; {@code blendGain} is the blend's pooled AUC minus the baseline's with a 95 %
 * paired bootstrap interval over test groups (difference, low, high), {@code lstmOverAggregates} the same for
 * aggregates + LSTM minus aggregates only.
 */
public record AblationResult(String dataset, String sliceName, SortedMap<Integer, int[]> slices, List<Variant> variants,
                             List<TrainingRun> lstmRuns, double[] blendGain,
                             double[] lstmOverAggregates) {
    public AblationResult {
        if (blendGain.length != 3 || lstmOverAggregates.length != 3) {
            throw new IllegalArgumentException("each gain holds the difference and its interval: " + blendGain.length + " and "
                    + lstmOverAggregates.length + " values");
        }
        blendGain = blendGain.clone();
        lstmOverAggregates = lstmOverAggregates.clone();
        slices = new TreeMap<>(slices);
        variants = List.copyOf(variants);
        lstmRuns = List.copyOf(lstmRuns);
    }

    /**
     * One row of the table.
     *
     * @param name        what the model sees
     * @param pooledAuc   ROC AUC over every test example
     * @param sliceAuc    ROC AUC per slice (NaN when a slice has only one class)
     * @param logLoss     log loss of the calibrated probabilities (NaN for a raw score)
     * @param brier       Brier score of the calibrated probabilities (NaN for a raw score)
     */
    public record Variant(String name, double pooledAuc, Map<Integer, Double> sliceAuc, double logLoss, double brier) {
        public Variant {
            sliceAuc = Map.copyOf(sliceAuc);
        }
    }

    /** One training of the sequence network: sequences, epochs and seconds. */
    public record TrainingRun(String what, int sequences, int epochs, double validationAuc, double seconds) {
    }

    public Variant variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variant " + name));
    }

    /** The ablation table in Markdown (also readable as plain text); per-slice columns only when there are several slices. */
    public String toMarkdown() {
        boolean sliced = slices.size() > 1;
        StringBuilder b = new StringBuilder();
        b.append("## ").append(dataset).append("\n\n");
        int n = slices.values().stream().mapToInt(c -> c[0]).sum();
        int p = slices.values().stream().mapToInt(c -> c[1]).sum();
        if (sliced) {
            b.append("| ").append(sliceName).append(" |");
            slices.keySet().forEach(k -> b.append(' ').append(k).append(" |"));
            b.append(" all |\n|---|");
            slices.keySet().forEach(k -> b.append("---:|"));
            b.append("---:|\n| test examples (converted) |");
            slices.values().forEach(c -> b.append(' ').append(c[0]).append(" (").append(c[1]).append(") |"));
            b.append(' ').append(n).append(" (").append(p).append(") |\n\n");
        } else {
            b.append("Test examples: ").append(n).append(" (").append(p).append(" converted)\n\n");
        }
        b.append("ROC AUC on the test examples:\n\n| model |");
        if (sliced) {
            slices.keySet().forEach(k -> b.append(' ').append(sliceName).append(' ').append(k).append(" |"));
        }
        b.append(" pooled | log loss | Brier |\n|---|");
        if (sliced) {
            slices.keySet().forEach(k -> b.append("---:|"));
        }
        b.append("---:|---:|---:|\n");
        for (Variant v : variants) {
            b.append("| ").append(v.name()).append(" |");
            if (sliced) {
                slices.keySet().forEach(k -> b.append(' ').append(fmt(v.sliceAuc().getOrDefault(k, Double.NaN))).append(" |"));
            }
            b.append(" **").append(fmt(v.pooledAuc())).append("** | ").append(fmt(v.logLoss())).append(" | ").append(fmt(v.brier())).append(" |\n");
        }
        b.append(String.format(Locale.ROOT, "%nBlend minus baseline, pooled ROC AUC: %+.4f (95 %% paired bootstrap interval over test groups %+.4f .. %+.4f)%n",
                blendGain[0], blendGain[1], blendGain[2]));
        b.append(String.format(Locale.ROOT, "%nAggregates + LSTM minus aggregates only, pooled ROC AUC: %+.4f (95 %% paired bootstrap interval %+.4f .. %+.4f)%n",
                lstmOverAggregates[0], lstmOverAggregates[1], lstmOverAggregates[2]));
        b.append("\nSequence network training:\n\n");
        for (TrainingRun r : lstmRuns) {
            b.append(String.format(Locale.ROOT, "- %s: %d sequences, %d epochs, validation AUC %.4f, %.1f s%n", r.what(), r.sequences(),
                    r.epochs(), r.validationAuc(), r.seconds()));
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
