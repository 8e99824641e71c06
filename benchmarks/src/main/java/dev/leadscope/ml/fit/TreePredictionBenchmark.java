package dev.leadscope.ml.fit;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tree prediction of a real-time rescoring batch (a few rows), by the plain-Java trees ({@code java}) against the
 * library's native call ({@code library}: a feature matrix built, the prediction, the matrix freed), on a model trained
 * with the product's boosting defaults over 40 features. Each iteration prints the process CPU time per row (native
 * threads included), which on a busy machine says more than the wall clock. Lives in the trees' package because the
 * native path alone is package-private. Run: {@code java -jar benchmarks/target/benchmarks.jar TreePrediction}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TreePredictionBenchmark {
    static final int FEATURES = 40;

    @Param({"1", "8", "64"})
    int rows;

    @Param({"java", "library"})
    String path;

    TreeModel trees;
    float[][] batches;
    int next;
    long cpuStarted;
    long predicted;

    @Setup(Level.Trial)
    public void train() {
        Random r = new Random(17);
        int n = 20_000;
        int[] y = new int[n];
        float[] x = rows(n, r, y);
        int[] yValid = new int[4_000];
        float[] xValid = rows(4_000, r, yValid);
        trees = new TreeTrainer(BoostingParams.DEFAULTS, Runtime.getRuntime().availableProcessors())
                .train(x, y, xValid, yValid, FEATURES, 3).model();
        trees = TreeModel.fromBytes(trees.toBytes(), FEATURES);
        batches = new float[256][];
        for (int b = 0; b < batches.length; b++) {
            batches[b] = rows(rows, r, new int[rows]);
        }
        System.out.printf(Locale.ROOT, "%n%d trees over %d features%n", trees.rounds(), FEATURES);
    }

    @Setup(Level.Iteration)
    public void startClock() {
        cpuStarted = cpuNanos();
        predicted = 0;
    }

    @TearDown(Level.Iteration)
    public void printCpu() {
        System.out.printf(Locale.ROOT, "  %.2f µs CPU per row (%s, batches of %d)%n",
                (cpuNanos() - cpuStarted) / 1e3 / Math.max(1, predicted), path, rows);
    }

    @Benchmark
    public double[] predict() {
        float[] x = batches[next++ & (batches.length - 1)];
        predicted += rows;
        return path.equals("java") ? trees.ensemble().margins(x, rows) : trees.nativeMargins(x, rows);
    }

    /** Rows of Gaussian features (one in ten missing) whose label depends on a few of them. */
    static float[] rows(int n, Random r, int[] labels) {
        float[] x = new float[n * FEATURES];
        for (int i = 0; i < n; i++) {
            double z = -2;
            for (int j = 0; j < FEATURES; j++) {
                float v = r.nextInt(10) == 0 ? Float.NaN : (float) r.nextGaussian();
                x[i * FEATURES + j] = v;
                if (!Float.isNaN(v) && j < 8) {
                    z += (j % 2 == 0 ? 0.6 : -0.4) * v + (v > 1 ? 0.5 : 0);
                }
            }
            labels[i] = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        return x;
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
