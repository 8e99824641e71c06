package dev.leadscope.rest.model;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.TrainModelUseCase.TrainCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;

/**
 * What to train: the horizon in days (default 90), an optional back-test date (train on leads created before it,
 * evaluate on those after), the seed (default 42) and whether to activate the model once stored (default false).
 */
@Serdeable
public record TrainRequest(@Nullable @Min(1) @Max(3650) Integer horizonDays, @Nullable Instant createdBefore,
                           @Nullable Long seed, @Nullable Boolean activate) {
    static final int DEFAULT_HORIZON_DAYS = 90;
    static final long DEFAULT_SEED = 42;

    TrainCommand toCommand(WorkspaceId workspace) {
        return new TrainCommand(workspace, horizonDays == null ? DEFAULT_HORIZON_DAYS : horizonDays, createdBefore,
                seed == null ? DEFAULT_SEED : seed, Boolean.TRUE.equals(activate));
    }
}
