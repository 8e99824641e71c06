package dev.leadscope.domain.port.out;

import java.time.Duration;

/** Told of each delivery attempt's outcome, for metrics. Implementations are thread-safe and must not throw. */
public interface WebhookObserver {

    /** A 2xx answer after {@code took}. */
    void delivered(Duration took);

    /** A failed attempt that will be tried again. */
    void retried(Duration took);

    /** A failed last attempt: the delivery is dead. */
    void dead(Duration took);

    /** Tells nobody. */
    WebhookObserver NONE = new WebhookObserver() {
        @Override
        public void delivered(Duration took) {
        }

        @Override
        public void retried(Duration took) {
        }

        @Override
        public void dead(Duration took) {
        }
    };
}
