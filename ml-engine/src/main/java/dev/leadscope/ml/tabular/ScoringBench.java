package dev.leadscope.ml.tabular;

import dev.leadscope.ml.artifact.ModelArtifacts;
import dev.leadscope.ml.artifact.ModelBundle;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures batch scoring on this machine: {@code ScoringBench MODEL_DIR CSV [REPEATS]} prints rows per
 * second for encoding plus calibrated probabilities, and separately for TreeSHAP reasons.
 */
public final class ScoringBench {
    private ScoringBench() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ScoringBench MODEL_DIR CSV [REPEATS]");
            System.exit(2);
        }
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ModelBundle model = ModelArtifacts.load(Path.of(args[0]), Runtime.getRuntime().availableProcessors());
        Table table = new TableReader(model.manifest().missingTokens()).read(Path.of(args[1])).table();
        int n = table.rowCount();
        double sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            sink += model.probabilities(table)[0];
        }
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            sink += model.probabilities(table)[i % n];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "probabilities: %d rows x %d repeats in %.2f s = %,.0f rows/s (threads %d)%n",
                n, repeats, seconds, n * repeats / seconds, Runtime.getRuntime().availableProcessors());
        float[] x = model.manifest().schema().encode(table);
        start = System.nanoTime();
        List<?> why = model.explain(table, x, 3);
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "reasons (TreeSHAP): %d rows in %.2f s = %,.0f rows/s%n", n, seconds, n / seconds);
        if (sink == 42 && why.isEmpty()) {
            System.out.println();
        }
    }
}
