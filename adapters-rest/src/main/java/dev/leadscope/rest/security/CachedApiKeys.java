package dev.leadscope.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.ApiKeys;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stored API keys with the keys found by id kept in memory for a short time, so that authenticating a request does
 * not read the database each time; revoking or creating a key through this instance forgets it at once, and expiry
 * bounds how long a revocation made by another process (another instance, {@code leadscope keys revoke}) takes to be
 * seen. Unknown ids are never kept, so a key created elsewhere works at once.
 */
public final class CachedApiKeys implements ApiKeys {
    private final ApiKeys keys;
    private final Cache<ApiKeyId, ApiKey> found;

    /** @param ttl how long a key read from the store is trusted; zero reads the store every time */
    public CachedApiKeys(ApiKeys keys, Duration ttl, int size) {
        this(keys, ttl, size, Ticker.systemTicker());
    }

    CachedApiKeys(ApiKeys keys, Duration ttl, int size, Ticker ticker) {
        this.keys = Objects.requireNonNull(keys, "keys");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("leadscope.security.key-cache-seconds must be >= 0: " + ttl.toSeconds());
        }
        this.found = Caffeine.newBuilder().maximumSize(ttl.isZero() ? 0 : size).expireAfterWrite(ttl).ticker(ticker)
                .executor(Runnable::run).build();
    }

    @Override
    public void insert(ApiKey key) {
        keys.insert(key);
        found.invalidate(key.id());
    }

    @Override
    public Optional<ApiKey> find(ApiKeyId id) {
        ApiKey known = found.getIfPresent(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ApiKey> stored = keys.find(id);
        stored.ifPresent(k -> found.put(id, k));
        return stored;
    }

    @Override
    public Optional<ApiKey> findKnown(ApiKeyId id) {
        return Optional.ofNullable(found.getIfPresent(id));
    }

    @Override
    public List<ApiKey> list(WorkspaceId workspace) {
        return keys.list(workspace);
    }

    @Override
    public boolean revoke(WorkspaceId workspace, ApiKeyId id, Instant at) {
        found.invalidate(id);
        try {
            return keys.revoke(workspace, id, at);
        } finally {
            found.invalidate(id);
        }
    }

    @Override
    public void touch(ApiKeyId id, Instant at) {
        keys.touch(id, at);
    }
}
