package dev.leadscope.domain.security;

import dev.leadscope.domain.common.WorkspaceId;
import java.util.Objects;

/**
 * Who is acting, as the audit log records it: a key ({@code key:<id>}), a token's subject ({@code jwt:<sub>}) or the
 * command line on the database ({@code cli}), with the workspace the act belongs to.
 */
public record Caller(WorkspaceId workspace, Role role, String actor) {
    public Caller {
        Objects.requireNonNull(workspace, "workspace must not be empty");
        Objects.requireNonNull(role, "role must not be empty");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor must not be empty");
        }
    }

    /** The operator at the command line, who has direct access to the database. */
    public static Caller commandLine(WorkspaceId workspace) {
        return new Caller(workspace, Role.ADMIN, "cli");
    }
}
