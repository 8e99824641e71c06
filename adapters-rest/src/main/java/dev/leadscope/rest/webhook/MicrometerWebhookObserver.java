package dev.leadscope.rest.webhook;

import dev.leadscope.domain.port.out.WebhookDeliveries;
import dev.leadscope.domain.port.out.WebhookObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Webhook metrics: {@code leadscope.webhook.deliveries} counts attempts by outcome (delivered, retried, dead),
 * {@code leadscope.webhook.latency} times them by outcome, and {@code leadscope.webhook.outbox.pending} reads the
 * number of pending deliveries (all instances together) when scraped.
 */
public final class MicrometerWebhookObserver implements WebhookObserver {
    private final Counter delivered;
    private final Counter retried;
    private final Counter dead;
    private final Timer deliveredTime;
    private final Timer retriedTime;
    private final Timer deadTime;

    public MicrometerWebhookObserver(MeterRegistry registry, WebhookDeliveries outbox) {
        delivered = counter(registry, "delivered");
        retried = counter(registry, "retried");
        dead = counter(registry, "dead");
        deliveredTime = timer(registry, "delivered");
        retriedTime = timer(registry, "retried");
        deadTime = timer(registry, "dead");
        Gauge.builder("leadscope.webhook.outbox.pending", outbox, WebhookDeliveries::pendingCount)
                .description("Webhook deliveries waiting for their next attempt").register(registry);
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("leadscope.webhook.deliveries").tag("outcome", outcome).description("Webhook delivery attempts by outcome")
                .register(registry);
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder("leadscope.webhook.latency").tag("outcome", outcome).description("Time from sending a webhook to its answer")
                .register(registry);
    }

    @Override
    public void delivered(Duration took) {
        delivered.increment();
        deliveredTime.record(took);
    }

    @Override
    public void retried(Duration took) {
        retried.increment();
        retriedTime.record(took);
    }

    @Override
    public void dead(Duration took) {
        dead.increment();
        deadTime.record(took);
    }
}
