package dev.leadscope.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The per-key rate limit ({@code leadscope.security.rate-limit}): a token bucket of {@code burst} requests refilled at
 * {@code requests-per-second}; 0 requests per second turns the limit off.
 */
@ConfigurationProperties("leadscope.security.rate-limit")
public record SecuritySettings(@Bindable(defaultValue = "200") double requestsPerSecond, @Bindable(defaultValue = "400") int burst) {
    public SecuritySettings {
        if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("leadscope.security.rate-limit.requests-per-second must be 0 (off) or more: " + requestsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("leadscope.security.rate-limit.burst must be at least 1: " + burst);
        }
    }

    public boolean enabled() {
        return requestsPerSecond > 0;
    }
}
