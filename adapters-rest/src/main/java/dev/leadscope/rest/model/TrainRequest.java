package dev.leadscope.rest.model;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.TrainModelUseCase.SequenceModelChoice;
import dev.leadscope.domain.port.in.TrainModelUseCase.TrainCommand;
import dev.leadscope.rest.error.InvalidRequestException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;

/**
 * What to train: the horizon in days (default 90), an optional back-test date (train on leads created before it,
 * evaluate on those after), the seed (default 42), whether to activate the model once stored (default false) and
 * whether the model reads the LSTM over the lead's events ({@code sequenceModel}: auto, on or off; default: the
 * service's {@code leadscope.training.sequence-model}, itself auto by default).
 */
@Serdeable
public record TrainRequest(@Nullable @Min(1) @Max(3650) Integer horizonDays, @Nullable Instant createdBefore,
                           @Nullable Long seed, @Nullable Boolean activate, @Nullable String sequenceModel) {
    static final int DEFAULT_HORIZON_DAYS = 90;
    static final long DEFAULT_SEED = 42;

    /** A request that leaves the sequence model to the service's default. */
    public TrainRequest(Integer horizonDays, Instant createdBefore, Long seed, Boolean activate) {
        this(horizonDays, createdBefore, seed, activate, null);
    }

    TrainCommand toCommand(WorkspaceId workspace) {
        SequenceModelChoice choice = null;
        if (sequenceModel != null) {
            try {
                choice = SequenceModelChoice.parse(sequenceModel);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("sequenceModel", "must be auto, on or off: " + sequenceModel);
            }
        }
        return new TrainCommand(workspace, horizonDays == null ? DEFAULT_HORIZON_DAYS : horizonDays, createdBefore,
                seed == null ? DEFAULT_SEED : seed, Boolean.TRUE.equals(activate), null, choice);
    }
}
