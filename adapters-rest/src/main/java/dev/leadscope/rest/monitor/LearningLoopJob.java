package dev.leadscope.rest.monitor;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.HealthRun;
import dev.leadscope.domain.port.in.ChallengeModelUseCase;
import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.MonitorModelUseCase;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learning loop on a schedule, per configured workspace: the monitor (daily by default), a challenger trained when a
 * new alert is raised or on the retraining schedule (off by default), and a review of open challengers after each
 * monitor run. Not started by the command-line tools.
 */
@Singleton
@Requires(property = "leadscope.jobs.enabled", value = "true", defaultValue = "true")
public class LearningLoopJob {
    private static final Logger LOG = LoggerFactory.getLogger(LearningLoopJob.class);
    private final MonitorModelUseCase monitor;
    private final ChallengeModelUseCase challengers;
    private final Clock clock;
    private final List<String> workspaces;
    private final boolean monitorEnabled;
    private final boolean retrainEnabled;
    private final boolean retrainOnAlert;

    public LearningLoopJob(MonitorModelUseCase monitor, ChallengeModelUseCase challengers, Clock clock,
                           @Value("${leadscope.monitor.workspaces:default}") List<String> workspaces,
                           @Value("${leadscope.monitor.enabled:true}") boolean monitorEnabled,
                           @Value("${leadscope.retrain.enabled:false}") boolean retrainEnabled,
                           @Value("${leadscope.retrain.on-alert:true}") boolean retrainOnAlert) {
        this.monitor = monitor;
        this.challengers = challengers;
        this.clock = clock;
        this.workspaces = List.copyOf(workspaces);
        this.monitorEnabled = monitorEnabled;
        this.retrainEnabled = retrainEnabled;
        this.retrainOnAlert = retrainOnAlert;
    }

    @Scheduled(fixedDelay = "${leadscope.monitor.interval:1d}", initialDelay = "${leadscope.monitor.initial-delay:5m}")
    void monitorAll() {
        if (!monitorEnabled) {
            return;
        }
        for (String ws : workspaces) {
            WorkspaceId workspace = new WorkspaceId(ws);
            Instant now = clock.instant();
            try {
                List<HealthRun> before = monitor.health(workspace, 1).runs();
                HealthRun run = monitor.monitor(workspace, now);
                boolean newAlert = run.alerting().stream().anyMatch(m -> before.isEmpty() || !before.get(0).alerting().contains(m));
                if (newAlert && retrainOnAlert) {
                    challengers.train(workspace, now, "after the alert on " + String.join(", ", run.alerting()));
                }
                challengers.review(workspace, now);
            } catch (ModelUnavailableException e) {
                LOG.debug("workspace {} not monitored: {}", ws, e.getMessage());
            } catch (InsufficientTrainingDataException e) {
                LOG.info("workspace {}: no challenger trained: {}", ws, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("workspace {}: the learning loop failed: {}", ws, e.getMessage(), e);
            }
        }
    }

    @Scheduled(fixedDelay = "${leadscope.retrain.interval:7d}", initialDelay = "${leadscope.retrain.initial-delay:1h}")
    void retrainAll() {
        if (!retrainEnabled) {
            return;
        }
        for (String ws : workspaces) {
            try {
                challengers.train(new WorkspaceId(ws), clock.instant(), "scheduled retraining");
            } catch (InsufficientTrainingDataException e) {
                LOG.info("workspace {}: no challenger trained: {}", ws, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("workspace {}: scheduled retraining failed: {}", ws, e.getMessage(), e);
            }
        }
    }
}
