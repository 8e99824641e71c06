package dev.leadscope.rest.realtime;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActiveModelChanges;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.rescoring.BulkChunks;
import dev.leadscope.domain.rescoring.IntentMemo;
import dev.leadscope.domain.rescoring.RescoringService;
import dev.leadscope.domain.scoring.ModelVersion;
import io.micronaut.context.BeanProvider;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rescores every lead of a workspace in bulk, in the background, when a model is activated or rolled back (and on
 * request: {@code POST /api/v1/rescoring}, {@code leadscope rescore}), chunk by chunk, logging its progress per chunk.
 * Each chunk clears the markers it read before its history once its states are stored. One bulk rescoring runs at a
 * time; cached scores are dropped when the active model changes.
 */
@Singleton
public class BulkRescoring implements ActiveModelChanges {
    private static final Logger LOG = LoggerFactory.getLogger(BulkRescoring.class);

    /** Where the latest bulk rescoring stands. */
    public record Status(WorkspaceId workspace, String state, int total, int scored, int qualified, Instant startedAt,
                         Instant finishedAt, String error) {
    }

    /** Leads rescored per chunk (whole accounts: a chunk closes once it holds this many). */
    static final int CHUNK = 2_000;

    private final BeanProvider<RescoringService> rescoring;
    private final BulkChunks.Stores stores;
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

    /**
     * @param intent the accounts' intent as the rescoring batches read it (outside a batch: the store, through the intent
     *               kept in memory, which a chunk's read fills for the real-time rescorings after it)
     */
    public BulkRescoring(BeanProvider<RescoringService> rescoring, BeanProvider<RescoringWorker> worker, Leads leads,
                         PendingRescoring pending, LatestScores latest, RescoringMetrics metrics, RescoringSettings settings, Clock clock,
                         Accounts accounts, ActivityEvents events, Notes notes, Outcomes outcomes, IntentMemo intent) {
        this.rescoring = rescoring;
        this.stores = new BulkChunks.Stores(leads, accounts, events, notes, outcomes, intent, pending);
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

    /**
     * Rescores every lead of the workspace now, on the calling thread, chunk by chunk ({@value #CHUNK} leads, whole
     * accounts): each chunk's markers and history are read once, on reader threads (one per core, each a chunk ahead)
     * while the chunk before is rescored, and that one read serves its scores, its accounts' scores, its qualification
     * and its states; the chunk's markers are cleared once its states are stored. Memory holds one chunk more than
     * there are cores, never the workspace.
     */
    public Status run(WorkspaceId workspace) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        int ahead = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService readers = Executors.newFixedThreadPool(ahead, r -> {
            Thread t = new Thread(r, "leadscope-bulk-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            int total = (int) leads.count(workspace);
            status = new Status(workspace, "running", total, 0, 0, started, null, null);
            metrics.bulk(0, total);
            LOG.info("bulk rescoring of workspace {}: {} leads, in chunks of {}", workspace, total, CHUNK);
            RescoringService service = rescoring.get();
            BulkChunks chunks = new BulkChunks(stores, workspace, CHUNK);
            // the reads of the next chunks (one per core) run while a chunk is rescored: reading is most of the work
            Deque<Future<BulkChunks.Chunk>> reads = new ArrayDeque<>();
            readAhead(chunks, readers, reads, ahead);
            int done = 0;
            int accounts = 0;
            int notifications = 0;
            int chunk = 0;
            while (true) {
                long c0 = System.nanoTime();
                Future<BulkChunks.Chunk> next = reads.poll();
                if (next == null) {
                    break;
                }
                BulkChunks.Chunk read = await(next);
                long waited = System.nanoTime() - c0;
                readAhead(chunks, readers, reads, ahead);
                RescoringService.Outcome outcome = service.rescoreChunk(read.read());
                pending.clear(read.marks());
                metrics.published(outcome.notifications());
                done += outcome.scores().size();
                accounts += outcome.accounts();
                notifications += outcome.notifications().size();
                chunk++;
                status = new Status(workspace, "rescoring", Math.max(total, done), done, done, started, null, null);
                metrics.bulk(done, Math.max(total, done));
                LOG.info(String.format(Locale.ROOT, "bulk rescoring of workspace %s: chunk %d, %d leads in %.2f s (%.2f s waiting for"
                        + " its read): %d of %d leads rescored", workspace, chunk, outcome.scores().size(),
                        (System.nanoTime() - c0) / 1e9, waited / 1e9, done, Math.max(total, done)));
            }
            latest.forgetAll();
            metrics.bulk(done, done);
            double seconds = (System.nanoTime() - t0) / 1e9;
            LOG.info(String.format(Locale.ROOT, "bulk rescoring of workspace %s done: %d leads in %.1f s (%.0f leads/s), %d accounts, "
                    + "%d notifications", workspace, done, seconds, done / Math.max(seconds, 1e-9), accounts, notifications));
            status = new Status(workspace, "done", done, done, done, started, clock.instant(), null);
        } catch (RuntimeException e) {
            LOG.warn("bulk rescoring of workspace {} failed: {}", workspace, e.toString());
            Status s = status;
            status = new Status(workspace, "failed", s == null ? 0 : s.total(), s == null ? 0 : s.scored(), s == null ? 0 : s.qualified(),
                    started, clock.instant(), e.getMessage());
        } finally {
            readers.shutdownNow();
        }
        return status;
    }

    /** Lists the next chunks (on this thread) and hands their reads to the readers until {@code ahead} are under way. */
    private static void readAhead(BulkChunks chunks, ExecutorService readers, Deque<Future<BulkChunks.Chunk>> reads, int ahead) {
        while (reads.size() < ahead) {
            BulkChunks.Listed listed = chunks.list();
            if (listed == null) {
                return;
            }
            reads.add(readers.submit(() -> chunks.read(listed)));
        }
    }

    private static BulkChunks.Chunk await(Future<BulkChunks.Chunk> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a chunk of the bulk rescoring", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("reading a chunk of the bulk rescoring failed: " + e.getCause(), e.getCause());
        }
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
