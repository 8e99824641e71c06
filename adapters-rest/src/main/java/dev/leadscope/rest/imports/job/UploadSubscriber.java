package dev.leadscope.rest.imports.job;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.multipart.CompletedPart;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Saves the parts of an upload one at a time on a blocking thread (never on the event loop), asking for the
 * next part only when the last is on disk, then hands the folder to {@code finish}.
 */
final class UploadSubscriber implements Subscriber<CompletedPart> {
    private final ImportJobs jobs;
    private final ExecutorService blocking;
    private final Function<Path, HttpResponse<ImportJobResponse>> finish;
    private final CompletableFuture<HttpResponse<ImportJobResponse>> result = new CompletableFuture<>();
    private Subscription subscription;
    private volatile Path dir;

    UploadSubscriber(ImportJobs jobs, ExecutorService blocking, Function<Path, HttpResponse<ImportJobResponse>> finish) {
        this.jobs = jobs;
        this.blocking = blocking;
        this.finish = finish;
    }

    CompletableFuture<HttpResponse<ImportJobResponse>> result() {
        return result;
    }

    @Override
    public void onSubscribe(Subscription s) {
        this.subscription = s;
        blocking.execute(() -> {
            try {
                dir = jobs.newWorkDir();
                s.request(1);
            } catch (Exception e) {
                fail(e);
            }
        });
    }

    @Override
    public void onNext(CompletedPart part) {
        blocking.execute(() -> {
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
        if (dir != null) {
            jobs.discard(dir);
        }
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        blocking.execute(() -> {
            try {
                result.complete(finish.apply(dir));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private void fail(Exception e) {
        subscription.cancel();
        if (dir != null) {
            jobs.discard(dir);
        }
        result.completeExceptionally(e);
    }
}
