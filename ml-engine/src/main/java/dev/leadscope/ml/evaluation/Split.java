package dev.leadscope.ml.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Row positions on either side of a train / held-out split, and how the split was made. */
public record Split(int[] train, int[] held, String description) {

    /** A seeded split that keeps the converted share equal on both sides. */
    public static Split stratified(int[] labels, double heldFraction, long seed) {
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (int cls = 0; cls <= 1; cls++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == cls) {
                    rows.add(i);
                }
            }
            java.util.Collections.shuffle(rows, random);
            int k = (int) Math.round(rows.size() * heldFraction);
            held.addAll(rows.subList(0, k));
            train.addAll(rows.subList(k, rows.size()));
        }
        return new Split(sorted(train), sorted(held), String.format(java.util.Locale.ROOT,
                "stratified random split, seed %d, %.0f %% held out", seed, heldFraction * 100));
    }

    /** The latest {@code heldFraction} of rows by time are held out; rows without a time stay in training. */
    public static Split byTime(Instant[] times, double heldFraction, String column) {
        Integer[] order = new Integer[times.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> times[i], Comparator.nullsFirst(Comparator.naturalOrder())));
        int k = (int) Math.round(times.length * heldFraction);
        List<Integer> train = new ArrayList<>(Arrays.asList(order).subList(0, times.length - k));
        List<Integer> held = new ArrayList<>(Arrays.asList(order).subList(times.length - k, times.length));
        Instant cut = held.isEmpty() ? null : times[held.get(0)];
        return new Split(sorted(train), sorted(held), String.format(java.util.Locale.ROOT,
                "time-ordered split on '%s': the latest %.0f %% held out (from %s)", column, heldFraction * 100, cut));
    }

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
