package dev.leadscope.rest.model;

import dev.leadscope.domain.port.in.TrainModelUseCase.TrainCommand;
import dev.leadscope.domain.port.in.TrainModelUseCase.TrainingResult;
import dev.leadscope.rest.error.Problem;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A training job as a client polls it: state (queued, running, succeeded, failed), the current step and share
 * done, what was asked, and once finished the stored model with its row counts and warnings, or the problem.
 */
@Serdeable
public record TrainingJobResponse(String id, String state, String message, double progress, Request request, Instant createdAt,
                                  Instant finishedAt, Result result, Problem error) {

    /** The training command as received, defaults filled in. */
    @Serdeable
    public record Request(int horizonDays, Instant createdBefore, long seed, boolean activate) {
    }

    /** What a successful run stored. */
    @Serdeable
    public record Result(ModelResponse model, boolean activated, int trainingRows, int evaluationRows, int positives, int negatives,
                         List<String> warnings) {

        static Result from(TrainingResult r) {
            return new Result(ModelResponse.from(r.model(), r.activated()), r.activated(), r.trainingRows(), r.evaluationRows(),
                    r.positives(), r.negatives(), r.warnings());
        }
    }

    public static TrainingJobResponse from(TrainingJob<TrainCommand, TrainingResult> job) {
        TrainingResult result = job.result();
        var c = job.command();
        return new TrainingJobResponse(job.id(), job.state().name().toLowerCase(Locale.ROOT), job.message(), job.fraction(),
                new Request(c.horizonDays(), c.createdBefore(), c.seed(), c.activate()), job.createdAt(), job.finishedAt(),
                result == null ? null : Result.from(result), job.error());
    }
}
