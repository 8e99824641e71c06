package dev.leadscope.domain.service;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AuditTrailUseCase;
import dev.leadscope.domain.port.in.KeyNotFoundException;
import dev.leadscope.domain.port.in.ManageKeysUseCase;
import dev.leadscope.domain.port.out.ApiKeys;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyId;
import dev.leadscope.domain.security.ApiKeyToken;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.KeyCheck;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues random keys (shown once, stored as SHA-256), checks presented keys in constant time, and records a key's
 * last use at most once a minute so that authentication does not write on every request.
 */
public final class KeyService implements ManageKeysUseCase {
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiKeys keys;
    private final AuditTrailUseCase audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<ApiKeyId, Instant> lastTouched = new ConcurrentHashMap<>();

    public KeyService(ApiKeys keys, AuditTrailUseCase audit, Clock clock) {
        this.keys = Objects.requireNonNull(keys);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public IssuedKey create(CreateKey command, Caller by) {
        Instant now = clock.instant();
        if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
            throw new IllegalArgumentException("expiresAt must be in the future: " + command.expiresAt());
        }
        ApiKeyToken token = ApiKeyToken.random(random);
        ApiKey key = ApiKey.issue(command.workspace(), token, command.name(), command.role(), now, command.expiresAt());
        keys.insert(key);
        audit.record(new Caller(command.workspace(), by.role(), by.actor()), AuditAction.KEY_CREATED, key.id().value(),
                "name=" + key.name() + " role=" + key.role().wireName() + (key.expiresAt() == null ? "" : " expires=" + key.expiresAt()));
        return new IssuedKey(key, token);
    }

    @Override
    public List<ApiKey> list(WorkspaceId workspace) {
        return keys.list(workspace);
    }

    @Override
    public ApiKey revoke(WorkspaceId workspace, String id, Caller by) {
        if (!ApiKeyId.isWellFormed(id)) {
            throw new KeyNotFoundException(id);
        }
        ApiKeyId keyId = new ApiKeyId(id);
        Optional<ApiKey> before = keys.find(keyId).filter(k -> k.workspace().equals(workspace));
        if (before.isEmpty()) {
            throw new KeyNotFoundException(keyId);
        }
        if (before.get().isRevoked()) {
            return before.get();
        }
        Instant now = clock.instant();
        keys.revoke(workspace, keyId, now);
        audit.record(new Caller(workspace, by.role(), by.actor()), AuditAction.KEY_REVOKED, id, "name=" + before.get().name());
        return before.get().revoke(now);
    }

    @Override
    public KeyCheck authenticate(String presented) {
        Optional<ApiKeyToken> token = ApiKeyToken.parse(presented);
        if (token.isEmpty()) {
            return new KeyCheck.Refused(KeyCheck.Reason.MALFORMED);
        }
        Optional<ApiKey> stored = keys.find(token.get().id());
        if (stored.isEmpty()) {
            // hash anyway, so that unknown ids take as long as known ones
            ApiKeyToken.hash(token.get().secret());
            return new KeyCheck.Refused(KeyCheck.Reason.UNKNOWN);
        }
        Instant now = clock.instant();
        KeyCheck check = stored.get().check(token.get(), now);
        if (check instanceof KeyCheck.Accepted) {
            touch(stored.get().id(), now);
        }
        return check;
    }

    @Override
    public Optional<KeyCheck> authenticateFromMemory(String presented) {
        Optional<ApiKeyToken> token = ApiKeyToken.parse(presented);
        if (token.isEmpty()) {
            return Optional.of(new KeyCheck.Refused(KeyCheck.Reason.MALFORMED));
        }
        Optional<ApiKey> known = keys.findKnown(token.get().id());
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        KeyCheck check = known.get().check(token.get(), now);
        if (check instanceof KeyCheck.Accepted && touchDue(known.get().id(), now)) {
            return Optional.empty();
        }
        return Optional.of(check);
    }

    private boolean touchDue(ApiKeyId id, Instant now) {
        Instant last = lastTouched.get(id);
        return last == null || !now.isBefore(last.plus(TOUCH_EVERY));
    }

    private void touch(ApiKeyId id, Instant now) {
        if (touchDue(id, now)) {
            lastTouched.put(id, now);
            keys.touch(id, now);
        }
    }
}
