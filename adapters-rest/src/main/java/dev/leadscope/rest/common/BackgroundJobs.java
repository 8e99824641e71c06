package dev.leadscope.rest.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs background jobs one at a time on a named daemon thread and remembers the latest {@code keep} of them for
 * status requests. Only finished jobs are forgotten (oldest first); a job still queued or running is never dropped.
 * Jobs live in memory: a restart forgets them, so closing forgets them too and frees what each holds (an import's
 * folder in the system's temporary directory would otherwise outlive the process).
 *
 * @param <J> the job record the status endpoints read
 */
public final class BackgroundJobs<J> implements AutoCloseable {
    /** How long closing waits for an interrupted job to end before its resources are freed. */
    static final int STOP_SECONDS = 10;

    private final int keep;
    private final Function<J, String> idOf;
    private final Predicate<J> finished;
    private final Consumer<J> onForget;
    private final ExecutorService executor;
    private final Map<String, J> jobs = new LinkedHashMap<>();

    /**
     * @param threadName the worker thread's name
     * @param keep       how many jobs to remember at least
     * @param idOf       a job's id
     * @param finished   whether a job has ended (and so may be forgotten)
     * @param onForget   called for each job as it is forgotten, to free what it holds
     */
    public BackgroundJobs(String threadName, int keep, Function<J, String> idOf, Predicate<J> finished, Consumer<J> onForget) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1: " + keep);
        }
        this.keep = keep;
        this.idOf = idOf;
        this.finished = finished;
        this.onForget = onForget;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Remembers {@code job} and queues {@code work} behind the jobs already waiting. */
    public void submit(J job, Runnable work) {
        synchronized (jobs) {
            jobs.put(idOf.apply(job), job);
            while (jobs.size() > keep) {
                J oldest = jobs.values().iterator().next();
                if (!finished.test(oldest)) {
                    break;
                }
                jobs.remove(idOf.apply(oldest));
                onForget.accept(oldest);
            }
        }
        executor.submit(work);
    }

    public Optional<J> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /**
     * Stops the worker (a running job is interrupted and given up to {@value #STOP_SECONDS} s to end), then forgets
     * every job it remembers, freeing what each holds.
     */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<J> remembered;
        synchronized (jobs) {
            remembered = new ArrayList<>(jobs.values());
            jobs.clear();
        }
        remembered.forEach(onForget);
    }
}
