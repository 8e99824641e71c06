package dev.leadscope.ml.sequence.column;

import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.SequenceModel;
import dev.leadscope.ml.sequence.SequenceModelTrainer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Cross-fits the LSTM column on a model's fit and validation snapshots, so the trees only ever read out-of-fold
 * values: the fit snapshots' accounts are split in two halves by a seeded draw; one network learns from each half
 * (at most {@link SequenceTraining#maxSequences} of its snapshots, early-stopped on a seventh of its accounts) and
 * gives the other half its values; validation snapshots (and serving) get the mean of both networks' log-odds.
 * The two networks train side by side on their own threads. Not thread-safe; one trainer per run.
 */
public final class SequenceColumnTrainer {
    static final int FOLDS = 2;
    private final SequenceTraining settings;
    private final Consumer<String> progress;

    public SequenceColumnTrainer(SequenceTraining settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Snapshots as the networks see them: each one's lead events (all of them; only those before its moment are read), moment, label and account group. */
    public record Rows(List<List<SequenceEvent>> events, List<Instant> at, int[] labels, int[] groups) {
        public Rows {
            if (events.size() != at.size() || at.size() != labels.length || labels.length != groups.length) {
                throw new IllegalArgumentException("rows differ in length: " + events.size() + ", " + at.size() + ", "
                        + labels.length + ", " + groups.length);
            }
        }

        public int size() {
            return labels.length;
        }

        /** Snapshots with at least one event before their moment. */
        public int withEvents() {
            int n = 0;
            for (int i = 0; i < labels.length; i++) {
                List<SequenceEvent> e = events.get(i);
                n += !e.isEmpty() && e.get(0).at().isBefore(at.get(i)) ? 1 : 0;
            }
            return n;
        }
    }

    /** One fold network's training ({@code seconds}: of both networks, trained side by side). */
    public record Run(String version, int sequences, int positives, int epochsRun, int bestEpoch, double validationAuc, double seconds) {
        public String describe() {
            return String.format(Locale.ROOT, "%s: %d sequences (%d converted), %d epochs (best %d), early-stopping AUC %.4f, %.1f s",
                    version, sequences, positives, epochsRun, bestEpoch, validationAuc, seconds);
        }
    }

    /** The column, the fit rows' out-of-fold values, the validation rows' values and the networks' runs. */
    public record Fitted(SequenceColumn column, double[] fit, double[] valid, List<Run> runs) {
    }

    /**
     * Trains the fold networks.
     *
     * @throws IllegalArgumentException when a half lacks converted or not-converted snapshots to learn or stop on
     */
    public Fitted train(Rows fit, Rows valid, long seed) {
        int[] half = new int[fit.size()];
        boolean[] stop = new boolean[fit.size()];
        for (int i = 0; i < half.length; i++) {
            long h = mix(fit.groups()[i] * 0x9E3779B97F4A7C15L + seed);
            half[i] = (int) (h >>> 63);
            stop[i] = Math.floorMod(mix(h), 7) == 0;
        }
        List<List<Integer>> others = new ArrayList<>(FOLDS);
        List<java.util.concurrent.Callable<SequenceModel>> jobs = new ArrayList<>(FOLDS);
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> learn = new ArrayList<>();
            List<Integer> stopping = new ArrayList<>();
            List<Integer> other = new ArrayList<>();
            for (int i = 0; i < half.length; i++) {
                if (half[i] != f) {
                    other.add(i);
                } else {
                    (stop[i] ? stopping : learn).add(i);
                }
            }
            others.add(other);
            List<SequenceModelTrainer.Example> x = examples(fit, sample(learn, settings.maxSequences(), seed + 17L * f));
            List<SequenceModelTrainer.Example> v = examples(fit, sample(stopping, settings.maxStopping(), seed + 29L * f));
            String name = "sequence network " + (f + 1) + " of " + FOLDS;
            progress.accept(name + ": " + x.size() + " of " + learn.size() + " snapshots to learn from, " + v.size() + " to stop on");
            long fold = f;
            jobs.add(() -> new SequenceModelTrainer(settings.params(), m -> progress.accept(name + ": " + m)).train(x, v, seed + fold));
        }
        long started = System.nanoTime();
        List<SequenceModel> folds = trainAll(jobs);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Run> runs = new ArrayList<>(FOLDS);
        double[] oof = new double[fit.size()];
        for (int f = 0; f < FOLDS; f++) {
            SequenceModel model = folds.get(f);
            runs.add(new Run(model.version(), model.provenance().trainingSequences(), model.provenance().positives(),
                    model.provenance().epochsRun(), model.provenance().bestEpoch(), model.provenance().validationAuc(), seconds));
            List<Integer> other = others.get(f);
            double[] z = model.logits(other.stream().map(fit.events()::get).toList(), other.stream().map(fit.at()::get).toList());
            for (int k = 0; k < z.length; k++) {
                oof[other.get(k)] = z[k];
            }
            progress.accept(runs.get(f).describe());
        }
        SequenceColumn column = new SequenceColumn(folds);
        double[] validValues = column.values(valid.events(), valid.at());
        return new Fitted(column, oof, validValues, runs);
    }

    /**
     * Trains the fold networks side by side, one thread each (each network is its own native computation; with
     * {@code OMP_NUM_THREADS=1} two cores train both in the time of one), in fold order of the results.
     *
     * @throws IllegalArgumentException when a fold cannot be trained (one class missing)
     */
    private static List<SequenceModel> trainAll(List<java.util.concurrent.Callable<SequenceModel>> jobs) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "sequence-fold");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<SequenceModel> out = new ArrayList<>(jobs.size());
            for (java.util.concurrent.Future<SequenceModel> f : pool.invokeAll(jobs)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training the sequence networks", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<SequenceModelTrainer.Example> examples(Rows rows, List<Integer> which) {
        List<SequenceModelTrainer.Example> out = new ArrayList<>(which.size());
        for (int i : which) {
            List<SequenceEvent> events = rows.events().get(i);
            Instant at = rows.at().get(i);
            int end = 0;
            while (end < events.size() && events.get(end).at().isBefore(at)) {
                end++;
            }
            out.add(new SequenceModelTrainer.Example(events.subList(0, end), at, rows.labels()[i] == 1));
        }
        return out;
    }

    /** At most {@code max} of the indices, drawn uniformly with the seed, in their original order. */
    static List<Integer> sample(List<Integer> indices, int max, long seed) {
        if (indices.size() <= max) {
            return indices;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Integer> out = new ArrayList<>(max);
        int need = max;
        for (int i = 0; i < indices.size() && need > 0; i++) {
            if (rng.nextInt(indices.size() - i) < need) {
                out.add(indices.get(i));
                need--;
            }
        }
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
