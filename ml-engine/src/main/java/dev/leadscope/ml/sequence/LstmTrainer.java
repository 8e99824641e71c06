package dev.leadscope.ml.sequence;

import dev.leadscope.ml.evaluation.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains the sequence network with the native library: class-weighted cross-entropy, Adam, a fixed seed, one
 * line of progress per epoch, and early stopping on validation ROC AUC (the best epoch's weights are kept).
 * Not thread-safe; one trainer per run.
 */
public final class LstmTrainer {
    private final LstmParams params;
    private final Consumer<String> progress;

    public LstmTrainer(LstmParams params, Consumer<String> progress) {
        this.params = params;
        this.progress = progress;
    }

    /** The network with its best weights, the epochs run, the best epoch and its validation AUC. */
    public record Trained(MultiLayerNetwork network, int epochsRun, int bestEpoch, double validationAuc) {
    }

    /** Carves a seeded random validation share off the sequences and trains on the rest. */
    public Trained train(List<float[][]> sequences, int[] labels, int width, long seed) {
        Random random = new Random(seed ^ 0x5EC0L);
        List<float[][]> tx = new ArrayList<>();
        List<float[][]> vx = new ArrayList<>();
        List<Integer> ty = new ArrayList<>();
        List<Integer> vy = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            boolean valid = random.nextDouble() < params.validationFraction();
            (valid ? vx : tx).add(sequences.get(i));
            (valid ? vy : ty).add(labels[i]);
        }
        return train(tx, ty.stream().mapToInt(Integer::intValue).toArray(), vx, vy.stream().mapToInt(Integer::intValue).toArray(), width, seed);
    }

    /**
     * Trains on {@code train} and stops on {@code valid}.
     *
     * @throws IllegalArgumentException when either part lacks positives or negatives, or a step has the wrong width
     */
    public Trained train(List<float[][]> train, int[] yTrain, List<float[][]> valid, int[] yValid, int width, long seed) {
        requireBothClasses("training", yTrain);
        requireBothClasses("validation", yValid);
        for (float[][] s : train) {
            if (s.length == 0 || s[0].length != width) {
                throw new IllegalArgumentException("every sequence needs at least one step of width " + width);
            }
        }
        Nd4j.getRandom().setSeed(seed);
        double pos = 0;
        for (int y : yTrain) {
            pos += y;
        }
        double weight = params.weightClasses() ? (yTrain.length - pos) / pos : 1.0;
        MultiLayerNetwork net = Dl4jNetworks.create(width, params, weight, seed);
        Random random = new Random(seed);
        int[] lengths = new int[train.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = train.get(i).length;
        }
        INDArray best = net.params().dup();
        double bestAuc = Double.NEGATIVE_INFINITY;
        int bestEpoch = 0;
        int epoch = 0;
        while (epoch < params.maxEpochs() && epoch - bestEpoch < params.patience()) {
            epoch++;
            long started = System.nanoTime();
            double loss = 0;
            int batches = 0;
            // batches of like length: each is padded to its longest sequence
            for (int[] batch : LengthBatches.of(lengths, params.batchSize(), random)) {
                List<float[][]> xs = new ArrayList<>(batch.length);
                float[] ys = new float[batch.length * 2];
                for (int k = 0; k < batch.length; k++) {
                    xs.add(train.get(batch[k]));
                    ys[k * 2 + yTrain[batch[k]]] = 1f;
                }
                INDArray[] b = Dl4jNetworks.batch(xs, width);
                net.fit(new DataSet(b[0], Nd4j.create(ys, new long[] {batch.length, 2}, 'c'), b[1], null));
                loss += net.score();
                batches++;
            }
            double auc = Metrics.rocAuc(SequenceScoring.logits(net, valid, width), yValid);
            if (auc > bestAuc) {
                bestAuc = auc;
                bestEpoch = epoch;
                best = net.params().dup();
            }
            progress.accept(String.format(Locale.ROOT, "epoch %d: training loss %.4f, validation AUC %.4f%s (%.1f s)",
                    epoch, loss / Math.max(1, batches), auc, epoch == bestEpoch ? " *" : "", (System.nanoTime() - started) / 1e9));
        }
        net.setParams(best);
        // the training's workspaces (native memory sized for the longest batch) would stay with this thread, often a
        // pooled one, for the life of the process: scoring creates its own when it needs them
        Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        return new Trained(net, epoch, bestEpoch, bestAuc);
    }

    private static void requireBothClasses(String part, int[] y) {
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        if (pos == 0 || pos == y.length) {
            throw new IllegalArgumentException("the " + part + " sequences need both converted and not-converted examples: "
                    + pos + " of " + y.length + " converted");
        }
    }
}
