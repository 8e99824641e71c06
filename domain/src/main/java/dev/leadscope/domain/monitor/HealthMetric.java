package dev.leadscope.domain.monitor;

import java.util.Objects;

/**
 * One monitored figure of a model run: its value (null when there was not enough data), the threshold it is held
 * to, its status, how many rows it was measured on, and a short explanation.
 */
public record HealthMetric(String name, Double value, double threshold, MetricStatus status, int count, String detail) {
    public HealthMetric {
        if (name == null || name.isBlank() || name.length() > 128) {
            throw new IllegalArgumentException("name must be 1-128 characters: '" + name + "'");
        }
        Objects.requireNonNull(status, "status");
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + name + " must be finite: " + value);
        }
        if ((value == null) != (status == MetricStatus.INSUFFICIENT_DATA)) {
            throw new IllegalArgumentException("a metric has a value exactly when it had enough data: " + name);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        detail = detail == null ? "" : detail;
    }
}
