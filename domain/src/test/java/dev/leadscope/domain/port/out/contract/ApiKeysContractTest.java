package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.port.out.ApiKeys;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyToken;
import dev.leadscope.domain.security.Role;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeys} store must do; subclass once per adapter. */
public abstract class ApiKeysContractTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    protected ApiKeys keys;
    protected WorkspaceId ws;

    protected abstract ApiKeys createKeys();

    @BeforeEach
    void setUpStore() {
        keys = createKeys();
        ws = Fixtures.freshWorkspace();
    }

    private ApiKey key(WorkspaceId workspace, long secondsAfterT0) {
        return ApiKey.issue(workspace, ApiKeyToken.random(RANDOM), "key " + secondsAfterT0, Role.SALES, T0.plusSeconds(secondsAfterT0),
                T0.plus(Duration.ofDays(30)));
    }

    @Test
    void givenStoredKey_whenFoundById_thenEveryFieldRoundTrips() {
        ApiKey key = key(ws, 0);
        keys.insert(key);

        assertThat(keys.find(key.id())).contains(key);
    }

    @Test
    void givenKeysOfTwoWorkspaces_whenListed_thenOnlyTheWorkspacesOldestFirst() {
        ApiKey second = key(ws, 10);
        ApiKey first = key(ws, 5);
        ApiKey other = key(Fixtures.freshWorkspace(), 1);
        keys.insert(second);
        keys.insert(first);
        keys.insert(other);

        assertThat(keys.list(ws)).containsExactly(first, second);
    }

    @Test
    void givenKey_whenRevokedFromAnotherWorkspace_thenNothingChanges() {
        ApiKey key = key(ws, 0);
        keys.insert(key);

        assertThat(keys.revoke(Fixtures.freshWorkspace(), key.id(), T0.plusSeconds(60))).isFalse();
        assertThat(keys.find(key.id()).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void givenKey_whenRevokedTwice_thenTheFirstTimeStays() {
        ApiKey key = key(ws, 0);
        keys.insert(key);

        assertThat(keys.revoke(ws, key.id(), T0.plusSeconds(60))).isTrue();
        keys.revoke(ws, key.id(), T0.plusSeconds(120));

        assertThat(keys.find(key.id()).orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void givenKey_whenTouched_thenLastUseRecorded() {
        ApiKey key = key(ws, 0);
        keys.insert(key);

        keys.touch(key.id(), T0.plusSeconds(90));

        assertThat(keys.find(key.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(90));
    }
}
