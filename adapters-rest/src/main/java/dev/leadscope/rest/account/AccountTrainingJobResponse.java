package dev.leadscope.rest.account;

import dev.leadscope.domain.port.in.TrainAccountModelUseCase.Command;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase.Result;
import dev.leadscope.rest.error.Problem;
import dev.leadscope.rest.model.ModelResponse;
import dev.leadscope.rest.model.TrainingJob;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Locale;

/**
 * An account model training job as a client polls it: state (queued, running, succeeded, failed), the current step
 * and share done, what was asked, and once finished the stored model with its method, counts and held-out metrics,
 * or the problem.
 */
@Serdeable
public record AccountTrainingJobResponse(String id, String state, String message, double progress, Request request,
                                         Instant createdAt, Instant finishedAt, Outcome result, Problem error) {

    /** The command as received, defaults filled in. */
    @Serdeable
    public record Request(int horizonDays, int cadenceDays, boolean activate, boolean recomputeMemberScores) {
    }

    /** What a successful run stored: the model (metrics inside), learned or combined and why, and the snapshot counts. */
    @Serdeable
    public record Outcome(ModelResponse model, String method, String why, int snapshots, int converted, boolean activated) {

        static Outcome from(Result r) {
            return new Outcome(ModelResponse.from(r.model(), r.activated()), r.method(), r.why(), r.snapshots(), r.converted(),
                    r.activated());
        }
    }

    public static AccountTrainingJobResponse from(TrainingJob<Command, Result> job) {
        Result result = job.result();
        var c = job.command();
        return new AccountTrainingJobResponse(job.id(), job.state().name().toLowerCase(Locale.ROOT), job.message(), job.fraction(),
                new Request(c.horizonDays(), c.cadenceDays(), c.activate(), c.recomputeMemberScores()), job.createdAt(), job.finishedAt(),
                result == null ? null : Outcome.from(result), job.error());
    }
}
