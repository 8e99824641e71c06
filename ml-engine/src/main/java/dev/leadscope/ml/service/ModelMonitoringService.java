package dev.leadscope.ml.service;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.HealthMetric;
import dev.leadscope.domain.monitor.HealthRun;
import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.port.in.MonitorModelUseCase;
import dev.leadscope.domain.port.in.ModelNotFoundException;
import dev.leadscope.domain.port.out.ModelHealthLog;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.port.out.Notifications;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.monitor.DriftMonitor;
import dev.leadscope.ml.monitor.MonitorSettings;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the {@link DriftMonitor} on the active model over the stored history, records the run, and publishes a model
 * alert for each metric that passed its threshold on this run but not on the model's previous one. Thread-safe.
 */
public final class ModelMonitoringService implements MonitorModelUseCase {
    private final StoredData data;
    private final LoadedModels models;
    private final ModelHealthLog log;
    private final Notifications notifications;
    private final Clock clock;
    private final DriftMonitor monitor;

    public ModelMonitoringService(StoredData data, LoadedModels models, ModelHealthLog log, Notifications notifications,
                                  Clock clock, MonitorSettings settings) {
        this.data = data;
        this.models = models;
        this.log = log;
        this.notifications = notifications;
        this.clock = clock;
        this.monitor = new DriftMonitor(settings);
    }

    @Override
    public HealthRun monitor(WorkspaceId workspace, Instant asOf) {
        return monitor(workspace, asOf, new HistoryLoader(data).all(workspace, n -> { }));
    }

    /** The same on histories already read (a replay reads them once). */
    HealthRun monitor(WorkspaceId workspace, Instant asOf, List<LeadHistory> histories) {
        Map.Entry<ModelVersion, SnapshotModel> active = models.active(workspace);
        ModelVersion version = active.getKey();
        ModelInfo info = data.registry().info(workspace, version).orElseThrow(() -> new ModelNotFoundException(version));
        DriftMonitor.Findings f = monitor.run(histories, active.getValue(), trainedUntil(info), info.metrics().get("rocAuc"),
                Instants.micros(asOf));
        HealthRun run = new HealthRun(workspace, version, asOf, clock.instant(), f.metrics(), f.points());
        Set<String> before = log.latest(workspace, version).map(HealthRun::alerting).orElse(Set.of());
        List<Notification> alerts = new ArrayList<>();
        for (HealthMetric m : run.metrics()) {
            if (run.alerting().contains(m.name()) && !before.contains(m.name())) {
                alerts.add(new Notification.ModelAlert(workspace, version.value(), m.name(), m.value(), m.threshold(),
                        String.format(Locale.ROOT, "%s is %.4f, past its threshold %.4f: %s", m.name(), m.value(), m.threshold(),
                                m.detail()), run.asOf()));
            }
        }
        log.record(run);
        if (!alerts.isEmpty()) {
            notifications.publish(alerts);
        }
        return run;
    }

    @Override
    public ModelHealth health(WorkspaceId workspace, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
        }
        ModelVersion version = data.registry().active(workspace).orElseThrow(() -> new ModelUnavailableException(
                "no model is active in workspace " + workspace + "; train one with POST /api/v1/models"));
        return new ModelHealth(version, log.history(workspace, version, limit));
    }

    /** When the model's training data ended: its recorded {@code observedUntil}, else when it was made. */
    static Instant trainedUntil(ModelInfo info) {
        String observed = info.provenance().get("observedUntil");
        return observed == null ? info.createdAt() : Instant.parse(observed);
    }
}
