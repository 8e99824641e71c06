package dev.leadscope.ml.service;

import dev.leadscope.domain.monitor.ChallengerDecision;
import dev.leadscope.domain.monitor.HealthMetric;
import dev.leadscope.domain.monitor.HealthRun;
import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.port.in.EvaluateDriftUseCase;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.out.AuditLog;
import dev.leadscope.domain.port.out.ChallengerLog;
import dev.leadscope.domain.port.out.ModelHealthLog;
import dev.leadscope.domain.port.out.Notifications;
import dev.leadscope.ml.monitor.DriftMonitor;
import dev.leadscope.ml.monitor.MonitorSettings;
import dev.leadscope.ml.monitor.PromotionPolicy;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The learning-loop evaluation on the stored (simulated) history: a model trained as of the drift date, the monitor
 * replayed on each following day, then a challenger trained on the weeks after the drift and reviewed weekly.
 * Alerts are counted, not delivered. Thread-safe.
 */
public final class DriftEvaluation implements EvaluateDriftUseCase {
    private final StoredData data;
    private final LoadedModels models;
    private final ModelTrainingService trainer;
    private final ModelHealthLog healthLog;
    private final ChallengerLog challengers;
    private final AuditLog audit;
    private final Clock clock;
    private final MonitorSettings settings;
    private final PromotionPolicy policy;

    public DriftEvaluation(StoredData data, LoadedModels models, ModelTrainingService trainer, ModelHealthLog healthLog,
                           ChallengerLog challengers, AuditLog audit, Clock clock, MonitorSettings settings,
                           PromotionPolicy policy) {
        this.policy = policy;
        this.data = data;
        this.models = models;
        this.trainer = trainer;
        this.healthLog = healthLog;
        this.challengers = challengers;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public Result evaluate(Request r, Consumer<String> progress) {
        Instant drift = r.drift().atStartOfDay(ZoneOffset.UTC).toInstant();
        progress.accept("training the model on what was known at " + r.drift());
        TrainModelUseCase.TrainingResult stale = trainer.train(new TrainModelUseCase.TrainCommand(r.workspace(), r.horizonDays(),
                null, r.seed(), true), TrainModelUseCase.Progress.NONE, drift, null);
        progress.accept("model " + stale.model().version() + " active; evaluation AUC " + stale.model().metrics().get("rocAuc"));
        List<LeadHistory> histories = new HistoryLoader(data).all(r.workspace(), n -> { });
        List<Notification> published = new ArrayList<>();
        Notifications counting = published::addAll;
        ModelMonitoringService monitor = new ModelMonitoringService(data, models, healthLog, counting, clock, settings);
        List<Day> days = new ArrayList<>();
        LocalDate firstAlert = null;
        for (int d = 1; d <= r.replayDays(); d++) {
            LocalDate day = r.drift().plusDays(d);
            int before = published.size();
            HealthRun run = monitor.monitor(r.workspace(), day.atStartOfDay(ZoneOffset.UTC).toInstant(), histories);
            List<String> alerts = published.subList(before, published.size()).stream()
                    .map(n -> ((Notification.ModelAlert) n).metric()).toList();
            if (firstAlert == null && !alerts.isEmpty()) {
                firstAlert = day;
            }
            days.add(new Day(day, value(run, DriftMonitor.SCORE_PSI), value(run, DriftMonitor.FEATURE_PSI),
                    value(run, DriftMonitor.LEAD_MIX_PSI), value(run, DriftMonitor.CALIBRATION_ERROR), value(run, DriftMonitor.AUC_DROP),
                    new EvaluateDriftUseCase.Thresholds(threshold(run, DriftMonitor.SCORE_PSI), threshold(run, DriftMonitor.FEATURE_PSI),
                            threshold(run, DriftMonitor.LEAD_MIX_PSI), threshold(run, DriftMonitor.AUC_DROP)), alerts));
            progress.accept(day + ": " + run.metrics().stream().map(m -> m.name() + "=" + m.value() + " " + m.status().wireName()
                    + (m.name().equals(DriftMonitor.FEATURE_PSI) || m.name().equals(DriftMonitor.LEAD_MIX_PSI) || m.name().equals(DriftMonitor.AUC_DROP)
                    ? " threshold " + m.threshold() + " (" + m.detail() + ")" : "")).toList());
        }
        List<ChallengerDecision> decisions = new ArrayList<>();
        if (r.challenge()) {
            ChallengerService loop = new ChallengerService(data, models, trainer, challengers, audit, clock,
                    new ChallengerService.Settings(r.windowDays() > 0 ? r.windowDays() : 7 * r.challengerWeeks(), r.horizonDays(), settings.recentDays(), r.seed(),
                            policy));
            Instant trainedAt = drift.plus(java.time.Duration.ofDays(7L * r.challengerWeeks()));
            progress.accept("training a challenger " + r.challengerWeeks() + " weeks after the drift");
            decisions.add(loop.train(r.workspace(), trainedAt, "evaluation after the drift"));
            for (int k = 1; k <= r.reviewWeeks(); k++) {
                Instant at = trainedAt.plus(java.time.Duration.ofDays(7L * k));
                List<ChallengerDecision> made = loop.review(r.workspace(), at, histories);
                decisions.addAll(made);
                progress.accept("review at " + at + ": " + (made.isEmpty() ? "waiting" : made.get(0).verdict().wireName()
                        + " " + made.get(0).reason()));
                if (!made.isEmpty()) {
                    break;
                }
            }
        }
        return new Result(stale.model().version().value(), days, firstAlert, decisions);
    }

    private static Double threshold(HealthRun run, String metric) {
        return run.metrics().stream().filter(m -> m.name().equals(metric) && m.value() != null).findFirst()
                .map(HealthMetric::threshold).orElse(null);
    }

    private static Double value(HealthRun run, String metric) {
        return run.metrics().stream().filter(m -> m.name().equals(metric)).findFirst().map(HealthMetric::value).orElse(null);
    }
}
