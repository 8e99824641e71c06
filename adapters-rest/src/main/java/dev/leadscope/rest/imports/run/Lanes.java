package dev.leadscope.rest.imports.run;

import dev.leadscope.domain.event.ActivityEvent;

/**
 * Which batch a converted row joins and which writer writes that batch. Events go to one lane per writer by their lead,
 * so every event of a lead is written by the same writer, in file order: two writers then never touch the same lead's
 * pending marker (one would wait for the other's commit), and a batch of a lane's events names fewer distinct leads than
 * a batch of the whole file (fewer markers renewed and leads looked up per event). Other kinds use one lane whose
 * batches go to the writers in turn.
 */
final class Lanes {
    private final int count;
    private final int writers;
    private int turn;

    /** {@code count} lanes: 1, or one per writer. */
    Lanes(int count, int writers) {
        if (count != 1 && count != writers) {
            throw new IllegalArgumentException("lanes must be 1 or one per writer: " + count + " for " + writers + " writers");
        }
        this.count = count;
        this.writers = writers;
    }

    int count() {
        return count;
    }

    /** The lane of {@code item}: its lead's, for an event, when there are several lanes. */
    int of(Object item) {
        if (count == 1) {
            return 0;
        }
        int h = ((ActivityEvent) item).leadId().value().hashCode();
        return Math.floorMod(h ^ (h >>> 16), count);
    }

    /** The writer slot of the next batch of {@code lane}: the lane's own, or the writers in turn for a single lane. */
    int slot(int lane) {
        if (count == 1) {
            int slot = turn;
            turn = (turn + 1) % writers;
            return slot;
        }
        return lane;
    }
}
