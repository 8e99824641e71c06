package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyToken;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.KeyCheck;
import dev.leadscope.domain.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues, lists, revokes and checks API keys. Creation and revocation are audited. Implementations are thread-safe.
 *
 * <p>Errors: {@link KeyNotFoundException} when revoking a key the workspace does not have; {@link IllegalArgumentException}
 * for a bad name, role or expiry.
 */
public interface ManageKeysUseCase {

    /** What to issue: a key named {@code name} with {@code role} in {@code workspace}, expiring at {@code expiresAt} (null: never). */
    record CreateKey(WorkspaceId workspace, String name, Role role, Instant expiresAt) {
        public CreateKey {
            Objects.requireNonNull(workspace, "workspace must not be empty");
            Objects.requireNonNull(role, "role must not be empty");
        }
    }

    /** A freshly issued key with its token, which is never shown again. */
    record IssuedKey(ApiKey key, ApiKeyToken token) {
    }

    IssuedKey create(CreateKey command, Caller by);

    List<ApiKey> list(WorkspaceId workspace);

    /** Revokes the key; revoking a revoked key changes nothing. */
    ApiKey revoke(WorkspaceId workspace, String id, Caller by);

    /** Checks a presented key at the current time and records its use when accepted. */
    KeyCheck authenticate(String presented);

    /**
     * The same check when it needs neither a read nor a write of the store (the key is known in memory and its use
     * was recorded less than a minute ago), for callers that must not wait on the database; empty when only
     * {@link #authenticate} can answer.
     */
    Optional<KeyCheck> authenticateFromMemory(String presented);
}
