package dev.leadscope.domain.monitor;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelVersion;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run of the model monitor: which model, the moment the data was looked at ({@code asOf}, which may lie in the
 * past for a replay), when it ran, every metric with its status, and the series behind them.
 */
public record HealthRun(WorkspaceId workspace, ModelVersion model, Instant asOf, Instant ranAt, List<HealthMetric> metrics,
                        List<HealthPoint> points) {
    public HealthRun {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(model, "model");
        asOf = Instants.micros(Objects.requireNonNull(asOf, "asOf"));
        ranAt = Instants.micros(Objects.requireNonNull(ranAt, "ranAt"));
        metrics = List.copyOf(metrics);
        points = List.copyOf(points);
        if (metrics.stream().map(HealthMetric::name).distinct().count() != metrics.size()) {
            throw new IllegalArgumentException("metric names must be unique in a run");
        }
    }

    /** The names of the metrics past their threshold. */
    public Set<String> alerting() {
        return metrics.stream().filter(m -> m.status() == MetricStatus.ALERT).map(HealthMetric::name)
                .collect(Collectors.toUnmodifiableSet());
    }
}
