package dev.leadscope.rest.realtime;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.domain.port.out.LeadHistoryUpdates;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.rescoring.CoalescingQueue;
import dev.leadscope.domain.rescoring.IntentMemo;
import dev.leadscope.domain.rescoring.MembersMemo;
import dev.leadscope.domain.rescoring.PendingLead;
import dev.leadscope.domain.rescoring.RescoringService;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rescores queued leads on {@code threads} background threads, each claiming a batch of up to {@code batch-size} leads
 * at a time (rescored per workspace), and clears their durable markers once their scores are stored. A lead claimed by
 * one thread is not given to another until that one is done with it, so each lead's rescorings follow its events.
 * Every {@code sweep-seconds} (and at start-up) it queues again the leads whose markers remain (work left by a restart,
 * a failure, or the wait for an active model), for workspaces with an active model. Runs only in the service
 * ({@code leadscope serve}), from server start-up.
 */
@Singleton
public class RescoringWorker implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(RescoringWorker.class);

    private final CoalescingQueue queue;
    private final RescoringService rescoring;
    private final PendingRescoring pending;
    private final ManageModelsUseCase models;
    private final LatestScores latest;
    private final RescoringMetrics metrics;
    private final RescoringSettings settings;
    private final Clock clock;
    private final LeadHistoryUpdates histories;
    private final IntentMemo intent;
    private final MembersMemo members;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private ScheduledExecutorService sweeper;

    public RescoringWorker(CoalescingQueue queue, RescoringService rescoring, PendingRescoring pending, ManageModelsUseCase models,
                           LatestScores latest, RescoringMetrics metrics, RescoringSettings settings, Clock clock,
                           @Nullable LeadHistoryUpdates histories, @Nullable IntentMemo intent, @Nullable MembersMemo members) {
        this.intent = intent;
        this.members = members;
        this.histories = histories == null ? LeadHistoryUpdates.NONE : histories;
        this.queue = queue;
        this.rescoring = rescoring;
        this.pending = pending;
        this.models = models;
        this.latest = latest;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        start();
    }

    /** Starts the worker and the sweep unless {@code leadscope.rescoring.worker} is false or it runs already. */
    public synchronized void start() {
        if (running || !settings.worker()) {
            return;
        }
        running = true;
        int count = settings.workerThreads();
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(this::loop, count == 1 ? "leadscope-rescoring" : "leadscope-rescoring-" + (i + 1));
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "leadscope-rescoring-sweep");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 0, settings.sweepSeconds(), TimeUnit.SECONDS);
    }

    /** Whether this instance rescores: ingest queues in memory only then. */
    public boolean running() {
        return running;
    }

    @PreDestroy
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        sweeper.shutdownNow();
        threads.forEach(Thread::interrupt);
        try {
            for (Thread thread : threads) {
                thread.join(10_000);
            }
            threads.clear();
            sweeper.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        while (running) {
            try {
                List<CoalescingQueue.Queued> taken = queue.claim(settings.batchSize(), TimeUnit.SECONDS.toNanos(1),
                        TimeUnit.MILLISECONDS.toNanos(settings.lingerMillis()));
                try {
                    Map<WorkspaceId, List<CoalescingQueue.Queued>> byWorkspace = new LinkedHashMap<>();
                    taken.forEach(q -> byWorkspace.computeIfAbsent(q.workspace(), w -> new ArrayList<>()).add(q));
                    byWorkspace.forEach(this::rescore);
                } finally {
                    queue.finish(taken);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("rescoring loop failed; continuing", e);
            }
        }
    }

    private void rescore(WorkspaceId workspace, List<CoalescingQueue.Queued> items) {
        List<LeadId> leads = items.stream().map(CoalescingQueue.Queued::lead).toList();
        try {
            List<PendingLead> marks = metrics.time("markers_read", () -> pending.find(workspace, leads));
            latest.forget(workspace, leads);
            // each account's intent and members are read once for the batch: for the histories, qualification and accounts
            Supplier<RescoringService.Outcome> batch = () -> rescoring.rescore(workspace, leads);
            Supplier<RescoringService.Outcome> withMembers = members == null ? batch : () -> members.during(batch);
            RescoringService.Outcome outcome = intent == null ? withMembers.get() : intent.during(withMembers);
            metrics.run("markers_clear", () -> pending.clear(marks));
            latest.stored(outcome.scores());
            Instant now = clock.instant();
            List<Duration> latencies = new ArrayList<>(items.size());
            items.forEach(q -> latencies.add(Duration.between(q.since(), now)));
            metrics.rescored(outcome.scores().size(), latencies);
            metrics.published(outcome.notifications());
        } catch (ModelUnavailableException e) {
            // no usable model: the leads stay pending until one is activated (which rescores every lead)
            LOG.debug("not rescoring {} leads of workspace {}: {}", leads.size(), workspace, e.getMessage());
        } catch (RuntimeException e) {
            metrics.failed();
            LOG.warn("rescoring {} leads of workspace {} failed; they stay pending and are retried: {}", leads.size(), workspace,
                    e.toString());
        }
    }

    /**
     * Queues again the leads whose markers remain, oldest first, in workspaces that have an active model, but not those
     * queued or being rescored (a rescoring that falls behind would otherwise be given its own leads again).
     */
    void sweep() {
        try {
            metrics.pending(pending.count());
            List<PendingLead> left = pending.oldest(settings.queueCapacity());
            Map<WorkspaceId, Boolean> active = new HashMap<>();
            for (PendingLead p : left) {
                // a lead being rescored keeps its marker until then: a marker it leaves is found by a later sweep
                if (active.computeIfAbsent(p.workspace(), w -> models.active(w).isPresent())
                        && !queue.contains(p.workspace(), p.lead()) && !queue.claimed(p.workspace(), p.lead())) {
                    // the change behind a marker found by the sweep may come from another process: read the lead afresh
                    histories.leadsChanged(p.workspace(), List.of(p.lead()));
                    queue.enqueue(p.workspace(), Map.of(p.lead(), 1), p.since());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("sweeping the pending rescoring markers failed: {}", e.toString());
        }
    }
}
