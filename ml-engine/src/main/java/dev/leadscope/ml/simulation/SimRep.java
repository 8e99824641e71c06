package dev.leadscope.ml.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A sales rep with a hidden skill in [0.05, 0.95] that raises win rates and lowers loss rates. */
record SimRep(int index, String id, String name, String region, double skill) {

    /**
     * {@code size} reps, or with 0 roughly one per 40 accounts (3..200), spread over the regions, skills drawn around
     * 0.5; the first reps of a larger team are those of a smaller one with the same seed.
     */
    static List<SimRep> team(long seed, int accounts, int size) {
        int count = size > 0 ? size : Math.max(3, Math.min(200, accounts / 40));
        SplittableRandom rng = Rand.stream(seed, -1);
        List<SimRep> reps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int region = i < Catalog.REGIONS.length ? i : Rand.weighted(rng, Catalog.REGION_WEIGHTS);
            String name = Rand.pick(rng, Catalog.FIRST_NAMES[region]) + " " + Rand.pick(rng, Catalog.LAST_NAMES[region]);
            double skill = Rand.clamp(0.5 + 0.2 * rng.nextGaussian(), 0.05, 0.95);
            reps.add(new SimRep(i, String.format("rep-%03d", i + 1), name, Catalog.REGIONS[region], skill));
        }
        return List.copyOf(reps);
    }
}
