package dev.leadscope.ml.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.service.ActiveVersions;
import java.time.Duration;
import java.util.Optional;

/**
 * The active model version per workspace, kept for a short time so that scoring does not ask the database on every
 * request; activation and rollback through this instance forget it at once, and expiry bounds how long an activation
 * made on another instance takes to be seen.
 */
final class CachedActiveVersions implements ActiveVersions {
    private final ModelRegistry registry;
    private final Cache<WorkspaceId, Optional<ModelVersion>> cache;

    CachedActiveVersions(ModelRegistry registry, Duration ttl) {
        this.registry = registry;
        this.cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
    }

    @Override
    public Optional<ModelVersion> active(WorkspaceId workspace) {
        return cache.get(workspace, registry::active);
    }

    @Override
    public Optional<ModelVersion> known(WorkspaceId workspace) {
        Optional<ModelVersion> kept = cache.getIfPresent(workspace);
        return kept == null ? Optional.empty() : kept;
    }

    @Override
    public void forget(WorkspaceId workspace) {
        cache.invalidate(workspace);
    }
}
