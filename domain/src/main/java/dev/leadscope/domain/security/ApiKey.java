package dev.leadscope.domain.security;

import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.common.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored API key: who it is for, what it may do, in which workspace, and when it stops working. The secret is held
 * only as its SHA-256 ({@code secretHash}), compared in constant time.
 */
public record ApiKey(WorkspaceId workspace, ApiKeyId id, String name, Role role, String secretHash, Instant createdAt,
                     Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    public ApiKey {
        Objects.requireNonNull(workspace, "workspace must not be empty");
        Objects.requireNonNull(id, "id must not be empty");
        Objects.requireNonNull(role, "role must not be empty");
        Objects.requireNonNull(createdAt, "createdAt must not be empty");
        name = Texts.required("name", name, 200);
        if (secretHash == null || !secretHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("secretHash must be a hex SHA-256");
        }
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("expiresAt must be after createdAt: " + expiresAt);
        }
    }

    /** Whether this key, presented with {@code token}'s secret at {@code now}, lets the caller in, and if not why. */
    public KeyCheck check(ApiKeyToken token, Instant now) {
        boolean same = token.id().equals(id) && MessageDigest.isEqual(secretHash.getBytes(StandardCharsets.US_ASCII),
                token.secretHash().getBytes(StandardCharsets.US_ASCII));
        if (!same) {
            return new KeyCheck.Refused(KeyCheck.Reason.UNKNOWN);
        }
        if (revokedAt != null && !now.isBefore(revokedAt)) {
            return new KeyCheck.Refused(KeyCheck.Reason.REVOKED);
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return new KeyCheck.Refused(KeyCheck.Reason.EXPIRED);
        }
        return new KeyCheck.Accepted(this);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** The key revoked at {@code at}; a key already revoked keeps its first revocation time. */
    public ApiKey revoke(Instant at) {
        return isRevoked() ? this : new ApiKey(workspace, id, name, role, secretHash, createdAt, expiresAt, at, lastUsedAt);
    }

    /** A new key for {@code token}. */
    public static ApiKey issue(WorkspaceId workspace, ApiKeyToken token, String name, Role role, Instant now, Instant expiresAt) {
        return new ApiKey(workspace, token.id(), name, role, token.secretHash(), now, expiresAt, null, null);
    }
}
