package dev.leadscope.account.training;

import dev.leadscope.account.probability.AccountModelCodec;
import dev.leadscope.account.probability.AccountModelSource;
import dev.leadscope.account.probability.AccountProbabilityModel;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.AccountModelRegistry;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The active stored account model of each workspace, or {@code fallback} when none is active. Asks the registry
 * which version is active at most once per {@code recheck} per workspace (so a model activated by another instance
 * is seen within that time), and reads and decodes an artifact only when the active version changes.
 * {@link #forget} makes the next call ask again at once. Thread-safe.
 */
public final class ActiveAccountModels implements AccountModelSource {
    private record Cached(Choice choice, Instant checkedAt) {
    }

    private final AccountModelRegistry registry;
    private final AccountProbabilityModel fallback;
    private final Duration recheck;
    private final Clock clock;
    private final Map<WorkspaceId, Cached> cache = new ConcurrentHashMap<>();

    public ActiveAccountModels(AccountModelRegistry registry, AccountProbabilityModel fallback, Duration recheck, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.recheck = Objects.requireNonNull(recheck, "recheck");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws ModelUnavailableException when the active account model cannot be read
     */
    @Override
    public Choice choose(WorkspaceId workspace) {
        Instant now = clock.instant();
        Cached cached = cache.get(workspace);
        if (cached != null && now.isBefore(cached.checkedAt().plus(recheck))) {
            return cached.choice();
        }
        Optional<ModelVersion> active = registry.active(workspace);
        Choice choice;
        if (active.isEmpty()) {
            choice = new Choice(fallback, null);
        } else if (cached != null && active.get().equals(cached.choice().version())) {
            choice = cached.choice();
        } else {
            choice = new Choice(load(workspace, active.get()), active.get());
        }
        cache.put(workspace, new Cached(choice, now));
        return choice;
    }

    /** Forgets what is cached for the workspace, e.g. after activating a new model. */
    public void forget(WorkspaceId workspace) {
        cache.remove(workspace);
    }

    private AccountProbabilityModel load(WorkspaceId workspace, ModelVersion version) {
        ModelArtifact artifact = registry.load(workspace, version).orElseThrow(() ->
                new ModelUnavailableException("the active account model " + version + " is missing from the registry"));
        try {
            return AccountModelCodec.read(artifact.bytes());
        } catch (IllegalArgumentException e) {
            throw new ModelUnavailableException("the active account model " + version + " cannot be read: " + e.getMessage(), e);
        }
    }
}
