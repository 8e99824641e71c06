package dev.leadscope.rest.account;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase.Command;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What account model training to run; every field optional. */
@Serdeable
public record AccountTrainRequest(
        @Nullable @Min(1) @Max(3650) @Schema(description = "An account counts as converted when it wins within this many days (90)") Integer horizonDays,
        @Nullable @Min(1) @Max(365) @Schema(description = "Days between two snapshots of an account (14)") Integer cadenceDays,
        @Nullable @Schema(description = "Make the new model the active account model once stored (false)") Boolean activate,
        @Nullable @Schema(description = "Score members without a stored score from before a snapshot as of that moment with the "
                + "active lead model (false; slower, 503 without an active lead model)") Boolean recomputeMemberScores) {

    public Command toCommand(WorkspaceId workspace) {
        return new Command(workspace, horizonDays == null ? 90 : horizonDays, cadenceDays == null ? 14 : cadenceDays,
                Boolean.TRUE.equals(activate), Boolean.TRUE.equals(recomputeMemberScores));
    }
}
