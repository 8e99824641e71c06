package dev.leadscope.rest.account;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A third-party research surge for an account on a topic in one week. */
@Serdeable
public record IntentRequest(
        @NotBlank String topic,
        @NotNull @Schema(description = "Any day of the week; stored as that week's Monday") LocalDate weekStart,
        @NotNull @Min(0) @Max(100) Integer score,
        @Nullable String provider) {

    public IntentSignal toDomain(WorkspaceId workspace, AccountId account) {
        return new IntentSignal(workspace, account, topic, weekStart, score, provider);
    }
}
