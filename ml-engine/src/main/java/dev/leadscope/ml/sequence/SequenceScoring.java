package dev.leadscope.ml.sequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Bulk scoring with the native library: sequences sorted by length into large batches to keep padding small. */
final class SequenceScoring {
    static final int BATCH = 2048;

    private SequenceScoring() {
    }

    /** Log-odds for every sequence, in the given order. */
    static double[] logits(MultiLayerNetwork net, List<float[][]> sequences, int width) {
        int n = sequences.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> sequences.get(i).length));
        double[] out = new double[n];
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            List<float[][]> batch = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                batch.add(sequences.get(order[k]));
            }
            double[] z;
            synchronized (net) {
                z = Dl4jNetworks.logits(net, batch, width);
            }
            for (int k = from; k < to; k++) {
                out[order[k]] = z[k - from];
            }
        }
        return out;
    }
}
