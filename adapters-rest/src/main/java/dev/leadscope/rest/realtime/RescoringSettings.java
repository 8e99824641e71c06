package dev.leadscope.rest.realtime;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * Real-time rescoring ({@code leadscope.rescoring}): the queue bound in events, how many worker threads rescore (0: one
 * per core), how many leads one rescoring batch takes and how long a batch goes on gathering leads after its first, how often durable markers are swept for work left over (a restart, no active model), the Retry-After sent
 * with 429, the probabilities whose crossing is announced, and whether activating a model rescores every lead.
 */
@ConfigurationProperties("leadscope.rescoring")
public record RescoringSettings(@Bindable(defaultValue = "true") boolean worker,
                                @Bindable(defaultValue = "100000") int queueCapacity,
                                @Bindable(defaultValue = "0") int threads,
                                @Bindable(defaultValue = "500") int batchSize,
                                @Bindable(defaultValue = "10") int sweepSeconds,
                                @Bindable(defaultValue = "1") int retryAfterSeconds,
                                @Bindable(defaultValue = "") List<Double> thresholds,
                                @Bindable(defaultValue = "true") boolean bulkOnActivation,
                                @Bindable(defaultValue = "2") int lingerMillis) {
    public RescoringSettings {
        check(queueCapacity >= 1, "queue-capacity must be at least 1: " + queueCapacity);
        check(threads >= 0 && threads <= 64, "threads must be between 0 (one per core) and 64: " + threads);
        check(batchSize >= 1 && batchSize <= 10_000, "batch-size must be between 1 and 10000: " + batchSize);
        check(lingerMillis >= 0 && lingerMillis <= 1000, "linger-millis must be between 0 and 1000: " + lingerMillis);
        check(sweepSeconds >= 1, "sweep-seconds must be at least 1: " + sweepSeconds);
        check(retryAfterSeconds >= 1, "retry-after-seconds must be at least 1: " + retryAfterSeconds);
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        for (double t : thresholds) {
            check(t > 0 && t < 1, "thresholds must lie strictly between 0 and 1: " + t);
        }
    }

    /** The worker threads to run: {@code threads}, or one per core when it is 0. */
    public int workerThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("leadscope.rescoring." + message);
        }
    }
}
