package dev.leadscope.domain.port.out;

/**
 * Hears how long each stage of the real-time rescoring took (loading histories, the model, storing scores, qualifying,
 * accounts, notifications, states), so that its cost can be watched stage by stage. Implementations are thread-safe
 * and cheap enough to be called a few times per rescoring batch.
 */
public interface StageTimes {

    /** One run of {@code stage} took {@code nanos} nanoseconds. */
    void took(String stage, long nanos);

    /** Measures {@code work} as one run of {@code stage} and returns what it returned. */
    default <T> T time(String stage, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            took(stage, System.nanoTime() - start);
        }
    }

    /** Measures {@code work} as one run of {@code stage}. */
    default void run(String stage, Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            took(stage, System.nanoTime() - start);
        }
    }

    /** Hears nothing. */
    StageTimes NONE = (stage, nanos) -> { };
}
