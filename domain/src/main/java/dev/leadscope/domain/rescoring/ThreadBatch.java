package dev.leadscope.domain.rescoring;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A map that lives while one batch of work runs on one thread: what a memo of the rescoring batch remembers. Nested
 * batches share the outer one's map.
 */
final class ThreadBatch<K, V> {
    private final ThreadLocal<Map<K, V>> batch = new ThreadLocal<>();

    /** Runs {@code work} with a map of its own on this thread (the outer one when already inside a batch). */
    <T> T during(Supplier<T> work) {
        if (batch.get() != null) {
            return work.get();
        }
        batch.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            batch.remove();
        }
    }

    /** This thread's map inside {@link #during}, else null. */
    Map<K, V> current() {
        return batch.get();
    }
}
