package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored API keys (hashed secrets only). Key ids are unique across workspaces. Implementations are thread-safe. */
public interface ApiKeys {

    /** Stores a new key. */
    void insert(ApiKey key);

    /** The key with {@code id} in any workspace: what authentication looks up before it knows the workspace. */
    Optional<ApiKey> find(ApiKeyId id);

    /**
     * The key with {@code id} when it is known without reading the store, for checks that must not wait on it; empty
     * when it would have to be read. A store that keeps nothing in memory knows no key without reading it.
     */
    default Optional<ApiKey> findKnown(ApiKeyId id) {
        return Optional.empty();
    }

    /** A workspace's keys, oldest first. */
    List<ApiKey> list(WorkspaceId workspace);

    /** Marks the key revoked at {@code at} unless it already is; false when the workspace has no such key. */
    boolean revoke(WorkspaceId workspace, ApiKeyId id, Instant at);

    /** Records that the key was used at {@code at}. */
    void touch(ApiKeyId id, Instant at);
}
