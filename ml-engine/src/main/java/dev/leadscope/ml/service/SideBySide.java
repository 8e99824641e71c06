package dev.leadscope.ml.service;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One piece of work run on its own thread while the caller does another (training the model to store while the
 * evaluation model is trained and measured): the two share the cores where either leaves them idle.
 */
final class SideBySide<T> {
    private final FutureTask<T> task;
    private final Thread thread;
    private volatile long nanos;

    private SideBySide(String what, Supplier<T> work) {
        this.task = new FutureTask<>(() -> {
            long start = System.nanoTime();
            try {
                return work.get();
            } finally {
                nanos = System.nanoTime() - start;
            }
        });
        this.thread = new Thread(task, "leadscope-training: " + what);
        this.thread.setDaemon(true);
    }

    /** Starts {@code work} on a new thread named for {@code what}. */
    static <T> SideBySide<T> start(String what, Supplier<T> work) {
        SideBySide<T> s = new SideBySide<>(what, work);
        s.thread.start();
        return s;
    }

    /** The work's result once it is done; its failure is rethrown as it was thrown. */
    T result() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
        } catch (CancellationException e) {
            throw new IllegalStateException(thread.getName() + " was abandoned", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(thread.getName() + " failed: " + cause.getMessage(), cause);
        }
    }

    /**
     * Waits for the work to end and drops its result or failure: the caller failed, and nothing of this run is left
     * working (or holding memory) once the caller's failure is reported.
     */
    void abandon() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException ignored) {
            // the caller's own failure is the one reported
        }
    }

    /** How long the work ran, as "12.3 s" (once it is done). */
    String took() {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
