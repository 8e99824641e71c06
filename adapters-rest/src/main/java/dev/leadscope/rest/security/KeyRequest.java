package dev.leadscope.rest.security;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ManageKeysUseCase.CreateKey;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.common.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A key to issue in the caller's workspace. */
@Serdeable
public record KeyRequest(
        @NotBlank @Size(max = 200) @Schema(description = "What the key is for, e.g. 'crm sync'") String name,
        @NotBlank @Schema(description = "admin, analyst, sales or ingest") String role,
        @Nullable @Schema(description = "When the key stops working; never when absent") Instant expiresAt) {

    public CreateKey toCommand(WorkspaceId workspace) {
        Role parsed = Fields.named("role", () -> Role.parse("role", role));
        return Fields.within(null, () -> new CreateKey(workspace, name, parsed, expiresAt));
    }
}
