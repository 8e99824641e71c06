package dev.leadscope.rest.imports.job;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.multipart.CompletedPart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Saves the parts of an upload one at a time on a blocking thread (never on the event loop), asking for the
 * next part only when the last is on disk, then hands the folder to {@code finish}. Every signal's work runs
 * after the previous signal's work has ended: completion may arrive without demand while the last part is still
 * being written, and must not check (or discard) the folder before that part is on disk.
 */
final class UploadSubscriber implements Subscriber<CompletedPart> {
    private final WorkDirs workDirs;
    private final ExecutorService blocking;
    private final Function<Path, HttpResponse<ImportJobResponse>> finish;
    private final CompletableFuture<HttpResponse<ImportJobResponse>> result = new CompletableFuture<>();
    private Subscription subscription;
    private volatile Path dir;
    private volatile boolean failed;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    /** Where an upload's folder comes from and how a refused one is discarded. */
    interface WorkDirs {
        Path create() throws IOException;

        void discard(Path dir);
    }

    UploadSubscriber(ImportJobs jobs, ExecutorService blocking, Function<Path, HttpResponse<ImportJobResponse>> finish) {
        this(new WorkDirs() {
            @Override
            public Path create() throws IOException {
                return jobs.newWorkDir();
            }

            @Override
            public void discard(Path dir) {
                jobs.discard(dir);
            }
        }, blocking, finish);
    }

    UploadSubscriber(WorkDirs workDirs, ExecutorService blocking, Function<Path, HttpResponse<ImportJobResponse>> finish) {
        this.workDirs = workDirs;
        this.blocking = blocking;
        this.finish = finish;
    }

    CompletableFuture<HttpResponse<ImportJobResponse>> result() {
        return result;
    }

    @Override
    public void onSubscribe(Subscription s) {
        this.subscription = s;
        then(() -> {
            try {
                dir = workDirs.create();
                s.request(1);
            } catch (Exception e) {
                fail(e);
            }
        });
    }

    @Override
    public void onNext(CompletedPart part) {
        then(() -> {
            try {
                ImportController.save(dir, part);
                subscription.request(1);
            } catch (Exception e) {
                fail(e);
            }
        });
    }

    @Override
    public void onError(Throwable t) {
        then(() -> {
            if (dir != null) {
                workDirs.discard(dir);
            }
            result.completeExceptionally(t);
        });
    }

    @Override
    public void onComplete() {
        then(() -> {
            try {
                result.complete(finish.apply(dir));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    /** Runs {@code work} on the blocking pool once the work of every earlier signal has ended, unless the upload failed. */
    private synchronized void then(Runnable work) {
        tail = tail.exceptionally(t -> null).thenRunAsync(() -> {
            if (!failed) {
                work.run();
            }
        }, blocking);
    }

    private void fail(Exception e) {
        failed = true;
        subscription.cancel();
        if (dir != null) {
            workDirs.discard(dir);
        }
        result.completeExceptionally(e);
    }
}
