package dev.leadscope.rest.account;

import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase.Command;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase.Result;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.rest.common.BackgroundJobs;
import dev.leadscope.rest.error.InsufficientTrainingDataHandler;
import dev.leadscope.rest.error.Problems;
import dev.leadscope.rest.model.TrainingJob;
import dev.leadscope.rest.model.TrainingState;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs account model training jobs one at a time in the background and remembers the latest {@value #KEEP}. A
 * job that fails keeps the problem a synchronous call would have answered with.
 */
@Singleton
public class AccountTrainingJobs {
    static final int KEEP = 20;

    private final TrainAccountModelUseCase training;
    private final Clock clock;
    private final BackgroundJobs<TrainingJob<Command, Result>> jobs = new BackgroundJobs<>("account-training-jobs", KEEP,
            TrainingJob::id, job -> job.state() == TrainingState.SUCCEEDED || job.state() == TrainingState.FAILED, job -> { });

    public AccountTrainingJobs(TrainAccountModelUseCase training, Clock clock) {
        this.training = training;
        this.clock = clock;
    }

    /** Queues a run and returns its job at once. */
    public TrainingJob<Command, Result> start(Command command) {
        return start(command, result -> { });
    }

    /** Queues a run, calling {@code onSuccess} with its result once it has succeeded, and returns its job at once. */
    public TrainingJob<Command, Result> start(Command command, Consumer<Result> onSuccess) {
        TrainingJob<Command, Result> job = new TrainingJob<>(UUID.randomUUID().toString(), command, clock.instant());
        jobs.submit(job, () -> run(job, onSuccess));
        return job;
    }

    public Optional<TrainingJob<Command, Result>> find(String id) {
        return jobs.find(id);
    }

    private void run(TrainingJob<Command, Result> job, Consumer<Result> onSuccess) {
        job.running();
        try {
            TrainAccountModelUseCase.Result result = training.train(job.command(), job::step);
            job.succeeded(result, clock.instant());
            onSuccess.accept(result);
        } catch (InsufficientTrainingDataException e) {
            job.failed(Problems.problem(null, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), InsufficientTrainingDataHandler.errors(e)),
                    clock.instant());
        } catch (IllegalArgumentException e) {
            job.failed(Problems.problem(null, HttpStatus.BAD_REQUEST, e.getMessage(), List.of()), clock.instant());
        } catch (ModelUnavailableException e) {
            job.failed(Problems.problem(null, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), List.of()), clock.instant());
        } catch (RuntimeException | Error e) {
            job.failed(Problems.problem(null, HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage() == null ? e.toString() : e.getMessage(),
                    List.of()), clock.instant());
        }
    }

    @PreDestroy
    void stop() {
        jobs.close();
    }
}
