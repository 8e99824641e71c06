package dev.leadscope.ml.sequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One epoch's mini-batches of sequences of like length: the sequences are shuffled, each pool of {@link #POOL} batches'
 * worth is sorted by length and cut into batches, and the batches are shuffled. A batch is padded to its longest
 * sequence, so batches of mixed lengths computed mostly padding; every sequence is still seen once per epoch, in an
 * order that changes with each epoch. Deterministic for a given random generator.
 */
final class LengthBatches {
    /** Batches per pool sorted together: large enough to group lengths, small enough to keep the epochs' orders apart. */
    static final int POOL = 32;

    private LengthBatches() {
    }

    /** The indices of {@code lengths}, in batches of at most {@code batchSize}, for one epoch. */
    static List<int[]> of(int[] lengths, int batchSize, Random random) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        int n = lengths.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<int[]> batches = new ArrayList<>((n + batchSize - 1) / batchSize);
        int pool = batchSize * POOL;
        for (int from = 0; from < n; from += pool) {
            int to = Math.min(n, from + pool);
            Arrays.sort(order, from, to, (a, b) -> Integer.compare(lengths[a], lengths[b]));
            for (int b = from; b < to; b += batchSize) {
                int end = Math.min(to, b + batchSize);
                int[] batch = new int[end - b];
                for (int k = b; k < end; k++) {
                    batch[k - b] = order[k];
                }
                batches.add(batch);
            }
        }
        Collections.shuffle(batches, random);
        return batches;
    }
}
