package dev.leadscope.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.InMemoryApiKeys;
import dev.leadscope.domain.port.out.ApiKeys;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyToken;
import dev.leadscope.domain.security.ApiKeyId;
import dev.leadscope.domain.security.Role;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Keys found are kept for the expiry and known without a read while kept, revocations through the cache are seen at
 * once, unknown ids are not kept.
 */
class CachedApiKeysTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final InMemoryApiKeys store = new InMemoryApiKeys();
    private final ApiKeys counted = new ApiKeys() {
        @Override
        public void insert(ApiKey key) {
            store.insert(key);
        }

        @Override
        public Optional<ApiKey> find(ApiKeyId id) {
            reads.incrementAndGet();
            return store.find(id);
        }

        @Override
        public List<ApiKey> list(WorkspaceId workspace) {
            return store.list(workspace);
        }

        @Override
        public boolean revoke(WorkspaceId workspace, ApiKeyId id, Instant at) {
            return store.revoke(workspace, id, at);
        }

        @Override
        public void touch(ApiKeyId id, Instant at) {
            store.touch(id, at);
        }
    };
    private final CachedApiKeys cached = new CachedApiKeys(counted, Duration.ofSeconds(5), 100, nanos::get);

    private static ApiKey key() {
        return ApiKey.issue(WS, ApiKeyToken.random(new SecureRandom()), "k", Role.INGEST, T0, null);
    }

    @Test
    void aKeyFoundOnceIsAnsweredFromMemoryUntilItExpires() {
        ApiKey key = key();
        store.insert(key);

        assertThat(cached.find(key.id())).contains(key);
        assertThat(cached.find(key.id())).contains(key);
        assertThat(reads).hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(cached.find(key.id())).contains(key);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aKeyIsKnownWithoutAReadOnlyWhileAReadOfItIsKept() {
        ApiKey key = key();
        store.insert(key);
        assertThat(cached.findKnown(key.id())).isEmpty();

        cached.find(key.id());
        assertThat(cached.findKnown(key.id())).contains(key);
        assertThat(reads).hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(cached.findKnown(key.id())).isEmpty();
        cached.revoke(WS, key.id(), T0.plusSeconds(1));
        assertThat(cached.findKnown(key.id())).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aRevocationThroughTheCacheIsSeenAtOnce() {
        ApiKey key = key();
        cached.insert(key);
        assertThat(cached.find(key.id()).orElseThrow().isRevoked()).isFalse();

        assertThat(cached.revoke(WS, key.id(), T0.plusSeconds(1))).isTrue();

        assertThat(cached.find(key.id()).orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aRevocationByAnotherProcessIsSeenOnceTheKeyExpires() {
        ApiKey key = key();
        store.insert(key);
        cached.find(key.id());

        store.revoke(WS, key.id(), T0.plusSeconds(1));
        assertThat(cached.find(key.id()).orElseThrow().isRevoked()).isFalse();

        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(cached.find(key.id()).orElseThrow().isRevoked()).isTrue();
    }

    @Test
    void anUnknownIdIsNotRemembered_soAKeyCreatedElsewhereWorksAtOnce() {
        ApiKey key = key();
        assertThat(cached.find(key.id())).isEmpty();

        store.insert(key);

        assertThat(cached.find(key.id())).contains(key);
    }

    @Test
    void zeroSecondsReadsTheStoreEveryTime() {
        CachedApiKeys uncached = new CachedApiKeys(counted, Duration.ZERO, 100, nanos::get);
        ApiKey key = key();
        store.insert(key);

        uncached.find(key.id());
        uncached.find(key.id());

        assertThat(reads).hasValue(2);
    }
}
