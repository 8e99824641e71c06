package dev.leadscope.rest.model;

import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.TrainModelUseCase.TrainCommand;
import dev.leadscope.domain.port.in.TrainModelUseCase.TrainingResult;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.rest.common.BackgroundJobs;
import dev.leadscope.rest.error.FieldError;
import dev.leadscope.rest.error.InsufficientTrainingDataHandler;
import dev.leadscope.rest.error.Problem;
import dev.leadscope.rest.error.Problems;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs training jobs one at a time in the background (training uses every core, so two at once would only
 * slow both) and remembers the latest {@value #KEEP} jobs. A job that fails keeps the problem a synchronous
 * call would have answered with.
 */
@Singleton
public class TrainingJobs {
    static final int KEEP = 50;

    private final TrainModelUseCase training;
    private final Clock clock;
    private final BackgroundJobs<TrainingJob<TrainCommand, TrainingResult>> jobs = new BackgroundJobs<>("training-jobs", KEEP, TrainingJob::id,
            job -> job.state() == TrainingState.SUCCEEDED || job.state() == TrainingState.FAILED, job -> { });

    public TrainingJobs(TrainModelUseCase training, Clock clock) {
        this.training = training;
        this.clock = clock;
    }

    /** Queues a training run and returns its job at once. */
    public TrainingJob<TrainCommand, TrainingResult> start(TrainCommand command) {
        return start(command, result -> { });
    }

    /** Queues a training run, to call {@code onSuccess} with its result once it succeeds, and returns its job at once. */
    public TrainingJob<TrainCommand, TrainingResult> start(TrainCommand command, Consumer<TrainingResult> onSuccess) {
        TrainingJob<TrainCommand, TrainingResult> job = new TrainingJob<>(UUID.randomUUID().toString(), command, clock.instant());
        jobs.submit(job, () -> run(job, onSuccess));
        return job;
    }

    public Optional<TrainingJob<TrainCommand, TrainingResult>> find(String id) {
        return jobs.find(id);
    }

    private void run(TrainingJob<TrainCommand, TrainingResult> job, Consumer<TrainingResult> onSuccess) {
        job.running();
        try {
            TrainingResult result = training.train(job.command(), job::step);
            onSuccess.accept(result);
            job.succeeded(result, clock.instant());
        } catch (InsufficientTrainingDataException e) {
            job.failed(problem(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), InsufficientTrainingDataHandler.errors(e)), clock.instant());
        } catch (IllegalArgumentException e) {
            job.failed(problem(HttpStatus.BAD_REQUEST, e.getMessage(), List.of()), clock.instant());
        } catch (ModelUnavailableException e) {
            job.failed(problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), List.of()), clock.instant());
        } catch (RuntimeException | Error e) {
            job.failed(problem(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage() == null ? e.toString() : e.getMessage(), List.of()),
                    clock.instant());
        }
    }

    private static Problem problem(HttpStatus status, String detail, List<FieldError> errors) {
        return Problems.problem(null, status, detail, errors);
    }

    @PreDestroy
    void stop() {
        jobs.close();
    }
}
