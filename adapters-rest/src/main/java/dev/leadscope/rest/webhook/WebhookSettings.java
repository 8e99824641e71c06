package dev.leadscope.rest.webhook;

import dev.leadscope.domain.webhook.RetryPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Webhook delivery ({@code leadscope.webhooks}): how many worker threads, how often they look for due deliveries,
 * the HTTP timeouts, the lease a worker holds a delivery under, the retry schedule, and how long finished deliveries
 * stay in the log.
 */
@ConfigurationProperties("leadscope.webhooks")
public record WebhookSettings(@Bindable(defaultValue = "2") int threads,
                              @Bindable(defaultValue = "1s") Duration pollInterval,
                              @Bindable(defaultValue = "20") int batchSize,
                              @Bindable(defaultValue = "5s") Duration connectTimeout,
                              @Bindable(defaultValue = "10s") Duration readTimeout,
                              @Bindable(defaultValue = "60s") Duration lease,
                              @Bindable(defaultValue = "10s") Duration retryBase,
                              @Bindable(defaultValue = "1h") Duration retryCap,
                              @Bindable(defaultValue = "8") int maxAttempts,
                              @Bindable(defaultValue = "30d") Duration retention) {
    public WebhookSettings {
        if (threads < 0) {
            throw new IllegalArgumentException("leadscope.webhooks.threads must be 0 (no delivery on this instance) or more: " + threads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("leadscope.webhooks.batch-size must be at least 1: " + batchSize);
        }
        positive("poll-interval", pollInterval);
        positive("connect-timeout", connectTimeout);
        positive("read-timeout", readTimeout);
        positive("lease", lease);
        if (lease.compareTo(connectTimeout.plus(readTimeout)) <= 0) {
            throw new IllegalArgumentException("leadscope.webhooks.lease must be longer than connect-timeout plus read-timeout: " + lease);
        }
        retryPolicy(retryBase, retryCap, maxAttempts);
        if (retention == null || retention.isNegative()) {
            throw new IllegalArgumentException("leadscope.webhooks.retention must be 0 (keep forever) or more: " + retention);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("leadscope.webhooks." + name + " must be positive: " + value);
        }
    }

    private static RetryPolicy retryPolicy(Duration base, Duration cap, int maxAttempts) {
        try {
            return new RetryPolicy(base, cap, maxAttempts);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String setting = message.startsWith("base") ? "retry-base" : message.startsWith("cap") ? "retry-cap" : "max-attempts";
            throw new IllegalArgumentException("leadscope.webhooks." + setting + message.substring(message.indexOf(' ')), e);
        }
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy(retryBase, retryCap, maxAttempts);
    }
}
