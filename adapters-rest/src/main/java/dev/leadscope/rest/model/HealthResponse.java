package dev.leadscope.rest.model;

import dev.leadscope.domain.monitor.HealthMetric;
import dev.leadscope.domain.monitor.HealthPoint;
import dev.leadscope.domain.monitor.HealthRun;
import dev.leadscope.domain.port.in.MonitorModelUseCase.ModelHealth;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** The active model's health: its latest monitor run in full and the earlier runs' metrics, latest first. */
@Serdeable
public record HealthResponse(String model, String status, @Nullable RunDto latest, List<RunDto> history) {

    /** One run: when, on which data moment, each metric and (for the latest) the series behind them. */
    @Serdeable
    public record RunDto(Instant asOf, Instant ranAt, List<MetricDto> metrics, List<PointDto> points) {
        static RunDto from(HealthRun run, boolean withPoints) {
            return new RunDto(run.asOf(), run.ranAt(), run.metrics().stream().map(MetricDto::from).toList(),
                    withPoints ? run.points().stream().map(PointDto::from).toList() : List.of());
        }
    }

    /** A metric's value (null: not enough data), threshold, status ({@code ok}, {@code alert}, {@code insufficient_data}). */
    @Serdeable
    public record MetricDto(String name, @Nullable Double value, double threshold, String status, int count, String detail) {
        static MetricDto from(HealthMetric m) {
            return new MetricDto(m.name(), m.value(), m.threshold(), m.status().wireName(), m.count(), m.detail());
        }
    }

    /** A point of a series: calibration band, weekly AUC or feature PSI. */
    @Serdeable
    public record PointDto(String series, String label, double expected, double actual, int count) {
        static PointDto from(HealthPoint p) {
            return new PointDto(p.series(), p.label(), p.expected(), p.actual(), p.count());
        }
    }

    public static HealthResponse from(ModelHealth health) {
        List<HealthRun> runs = health.runs();
        if (runs.isEmpty()) {
            return new HealthResponse(health.model().value(), "not_monitored", null, List.of());
        }
        HealthRun latest = runs.get(0);
        return new HealthResponse(health.model().value(), latest.alerting().isEmpty() ? "ok" : "alert", RunDto.from(latest, true),
                runs.stream().skip(1).map(r -> RunDto.from(r, false)).toList());
    }
}
