package dev.leadscope.rest.realtime;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ActiveModelChanges;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.rescoring.PendingLead;
import dev.leadscope.domain.rescoring.RescoringService;
import dev.leadscope.domain.scoring.ModelVersion;
import io.micronaut.context.BeanProvider;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rescores every lead of a workspace in bulk, in the background, when a model is activated or rolled back (and on
 * request: {@code POST /api/v1/rescoring}, {@code leadscope rescore}), logging its progress. The markers of leads
 * pending when it starts are cleared once it is done. One bulk rescoring runs at a time; cached scores are dropped
 * when the active model changes.
 */
@Singleton
public class BulkRescoring implements ActiveModelChanges {
    private static final Logger LOG = LoggerFactory.getLogger(BulkRescoring.class);

    /** Where the latest bulk rescoring stands. */
    public record Status(WorkspaceId workspace, String state, int total, int scored, int qualified, Instant startedAt,
                         Instant finishedAt, String error) {
    }

    private final BeanProvider<RescoringService> rescoring;
    private final BeanProvider<RescoringWorker> worker;
    private final Leads leads;
    private final PendingRescoring pending;
    private final LatestScores latest;
    private final RescoringMetrics metrics;
    private final RescoringSettings settings;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "leadscope-bulk-rescoring");
        t.setDaemon(true);
        return t;
    });
    private volatile Status status;

    public BulkRescoring(BeanProvider<RescoringService> rescoring, BeanProvider<RescoringWorker> worker, Leads leads,
                         PendingRescoring pending, LatestScores latest, RescoringMetrics metrics, RescoringSettings settings, Clock clock) {
        this.rescoring = rescoring;
        this.worker = worker;
        this.leads = leads;
        this.pending = pending;
        this.latest = latest;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void activeModelChanged(WorkspaceId workspace, ModelVersion active) {
        latest.forgetAll();
        if (settings.bulkOnActivation() && worker.get().running()) {
            LOG.info("model {} is now active in workspace {}: rescoring every lead in the background", active.value(), workspace);
            start(workspace);
        }
    }

    /** Queues a bulk rescoring of the workspace; returns at once. */
    public Future<Status> start(WorkspaceId workspace) {
        status = new Status(workspace, "queued", 0, 0, 0, clock.instant(), null, null);
        return executor.submit(() -> run(workspace));
    }

    /** The latest bulk rescoring, or null when none ran since start-up. */
    public Status status() {
        return status;
    }

    /** Rescores every lead of the workspace now, on the calling thread. */
    public Status run(WorkspaceId workspace) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        try {
            List<LeadId> ids = leads.all(workspace).stream().map(Lead::id).toList();
            int total = ids.size();
            status = new Status(workspace, "running", total, 0, 0, started, null, null);
            metrics.bulk(0, total);
            List<PendingLead> marks = pending.find(workspace, ids);
            LOG.info("bulk rescoring of workspace {}: {} leads", workspace, total);
            RescoringService.Outcome outcome = rescoring.get().rescoreEvery(workspace, ids, scored -> {
                status = new Status(workspace, "scoring", total, scored, 0, started, null, null);
                metrics.bulk(scored / 2, total);
                LOG.info("bulk rescoring of workspace {}: {} of {} leads scored", workspace, scored, total);
            }, qualified -> {
                status = new Status(workspace, "qualifying", total, total, qualified, started, null, null);
                metrics.bulk(total / 2 + qualified / 2, total);
                if (qualified % 10_000 == 0 || qualified == total) {
                    LOG.info("bulk rescoring of workspace {}: {} of {} leads qualified", workspace, qualified, total);
                }
            });
            pending.clear(marks);
            latest.forgetAll();
            metrics.bulk(total, total);
            metrics.published(outcome.notifications());
            double seconds = (System.nanoTime() - t0) / 1e9;
            LOG.info(String.format(Locale.ROOT, "bulk rescoring of workspace %s done: %d leads in %.1f s (%.0f leads/s), %d accounts, "
                    + "%d notifications", workspace, outcome.scores().size(), seconds, outcome.scores().size() / Math.max(seconds, 1e-9),
                    outcome.accounts(), outcome.notifications().size()));
            status = new Status(workspace, "done", total, outcome.scores().size(), total, started, clock.instant(), null);
        } catch (RuntimeException e) {
            LOG.warn("bulk rescoring of workspace {} failed: {}", workspace, e.toString());
            Status s = status;
            status = new Status(workspace, "failed", s == null ? 0 : s.total(), s == null ? 0 : s.scored(), s == null ? 0 : s.qualified(),
                    started, clock.instant(), e.getMessage());
        }
        return status;
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
