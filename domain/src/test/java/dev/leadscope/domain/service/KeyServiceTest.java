package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.audit.AuditEntry;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.InMemoryApiKeys;
import dev.leadscope.domain.fixtures.InMemoryAuditLog;
import dev.leadscope.domain.port.in.KeyNotFoundException;
import dev.leadscope.domain.port.in.ManageKeysUseCase.CreateKey;
import dev.leadscope.domain.port.in.ManageKeysUseCase.IssuedKey;
import dev.leadscope.domain.port.out.ApiKeys;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyId;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.KeyCheck;
import dev.leadscope.domain.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyServiceTest {
    private static final WorkspaceId WS = new WorkspaceId("acme");
    private static final Caller OPERATOR = Caller.commandLine(WS);

    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final InMemoryApiKeys keys = new InMemoryApiKeys();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final KeyService service = new KeyService(keys, new AuditService(log, clock), clock);

    @Test
    void givenIssuedKey_whenPresented_thenAcceptedWithItsWorkspaceAndRoleAndOnlyTheHashIsStored() {
        IssuedKey issued = service.create(new CreateKey(WS, "crm", Role.INGEST, null), OPERATOR);

        KeyCheck check = service.authenticate(issued.token().text());

        assertThat(check).isInstanceOf(KeyCheck.Accepted.class);
        assertThat(((KeyCheck.Accepted) check).key().workspace()).isEqualTo(WS);
        assertThat(((KeyCheck.Accepted) check).key().role()).isEqualTo(Role.INGEST);
        assertThat(keys.find(issued.key().id()).orElseThrow().secretHash()).doesNotContain(issued.token().secret())
                .isEqualTo(issued.token().secretHash());
        assertThat(issued.token().toString()).doesNotContain(issued.token().secret());
    }

    @Test
    void givenWrongSecretOrUnknownIdOrGarbage_whenPresented_thenRefusedWithTheReason() {
        IssuedKey issued = service.create(new CreateKey(WS, "crm", Role.INGEST, null), OPERATOR);
        String text = issued.token().text();
        String wrongSecret = text.substring(0, text.length() - 1) + (text.endsWith("A") ? "B" : "A");

        assertThat(service.authenticate(wrongSecret)).isEqualTo(new KeyCheck.Refused(KeyCheck.Reason.UNKNOWN));
        assertThat(service.authenticate("lsk_0123456789abcdef_" + "x".repeat(43))).isEqualTo(new KeyCheck.Refused(KeyCheck.Reason.UNKNOWN));
        assertThat(service.authenticate("hunter2")).isEqualTo(new KeyCheck.Refused(KeyCheck.Reason.MALFORMED));
        assertThat(service.authenticate(null)).isEqualTo(new KeyCheck.Refused(KeyCheck.Reason.MALFORMED));
    }

    @Test
    void givenExpiringKey_whenPresentedAfterExpiry_thenRefusedExpired() {
        IssuedKey issued = service.create(new CreateKey(WS, "temp", Role.SALES, T0.plus(Duration.ofHours(1))), OPERATOR);

        now = T0.plus(Duration.ofMinutes(59));
        assertThat(service.authenticate(issued.token().text())).isInstanceOf(KeyCheck.Accepted.class);
        now = T0.plus(Duration.ofHours(1));
        assertThat(service.authenticate(issued.token().text())).isEqualTo(new KeyCheck.Refused(KeyCheck.Reason.EXPIRED));
    }

    @Test
    void givenExpiryInThePast_whenCreated_thenRefusedNamingTheField() {
        assertThatThrownBy(() -> service.create(new CreateKey(WS, "x", Role.SALES, T0.minusSeconds(1)), OPERATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("expiresAt");
        assertThatThrownBy(() -> service.create(new CreateKey(WS, " ", Role.SALES, null), OPERATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name");
    }

    @Test
    void givenKey_whenRevoked_thenRefusedAndBothActsAudited() {
        IssuedKey issued = service.create(new CreateKey(WS, "crm", Role.INGEST, null), OPERATOR);
        now = T0.plusSeconds(30);

        service.revoke(WS, issued.key().id().value(), new Caller(WS, Role.ADMIN, "key:aaaaaaaaaaaaaaaa"));
        service.revoke(WS, issued.key().id().value(), OPERATOR);

        assertThat(service.authenticate(issued.token().text())).isEqualTo(new KeyCheck.Refused(KeyCheck.Reason.REVOKED));
        assertThat(log.page(WS, PageRequest.FIRST).items()).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.KEY_REVOKED, "key:aaaaaaaaaaaaaaaa", issued.key().id().value()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.KEY_CREATED, "cli", issued.key().id().value()));
    }

    @Test
    void givenKeyOfAnotherWorkspace_whenRevoked_thenNotFoundAndStillWorks() {
        IssuedKey issued = service.create(new CreateKey(WS, "crm", Role.INGEST, null), OPERATOR);
        WorkspaceId other = new WorkspaceId("other");

        assertThatThrownBy(() -> service.revoke(other, issued.key().id().value(), Caller.commandLine(other)))
                .isInstanceOf(KeyNotFoundException.class);
        assertThatThrownBy(() -> service.revoke(WS, "../../etc", OPERATOR)).isInstanceOf(KeyNotFoundException.class);
        assertThat(service.authenticate(issued.token().text())).isInstanceOf(KeyCheck.Accepted.class);
    }

    @Test
    void givenKeyUsedOften_whenAuthenticated_thenLastUseWrittenAtMostOnceAMinute() {
        IssuedKey issued = service.create(new CreateKey(WS, "crm", Role.INGEST, null), OPERATOR);

        service.authenticate(issued.token().text());
        now = T0.plusSeconds(30);
        service.authenticate(issued.token().text());
        assertThat(keys.find(issued.key().id()).orElseThrow().lastUsedAt()).isEqualTo(T0);
        now = T0.plusSeconds(61);
        service.authenticate(issued.token().text());
        assertThat(keys.find(issued.key().id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(61));
    }

    @Test
    void givenAKeyWhoseUseIsDueToBeRecorded_whenCheckedFromMemory_thenOnlyTheFullCheckCanAnswerAndItRecordsTheUse() {
        IssuedKey issued = service.create(new CreateKey(WS, "crm", Role.INGEST, null), OPERATOR);

        assertThat(service.authenticateFromMemory(issued.token().text())).isEmpty();
        assertThat(keys.find(issued.key().id()).orElseThrow().lastUsedAt()).isNull();

        service.authenticate(issued.token().text());
        now = T0.plusSeconds(59);
        assertThat(service.authenticateFromMemory(issued.token().text())).get().isInstanceOf(KeyCheck.Accepted.class);
        now = T0.plusSeconds(60);
        assertThat(service.authenticateFromMemory(issued.token().text())).isEmpty();
        assertThat(keys.find(issued.key().id()).orElseThrow().lastUsedAt()).isEqualTo(T0);
    }

    @Test
    void givenRefusedKeys_whenCheckedFromMemory_thenRefusedForTheSameReasonsAsTheFullCheck() {
        IssuedKey issued = service.create(new CreateKey(WS, "crm", Role.INGEST, T0.plus(Duration.ofHours(1))), OPERATOR);
        String text = issued.token().text();
        String wrongSecret = text.substring(0, text.length() - 1) + (text.endsWith("A") ? "B" : "A");

        assertThat(service.authenticateFromMemory(wrongSecret)).contains(new KeyCheck.Refused(KeyCheck.Reason.UNKNOWN));
        assertThat(service.authenticateFromMemory("hunter2")).contains(new KeyCheck.Refused(KeyCheck.Reason.MALFORMED));
        now = T0.plus(Duration.ofHours(1));
        assertThat(service.authenticateFromMemory(text)).contains(new KeyCheck.Refused(KeyCheck.Reason.EXPIRED));
        IssuedKey other = service.create(new CreateKey(WS, "old crm", Role.INGEST, null), OPERATOR);
        service.revoke(WS, other.key().id().value(), OPERATOR);
        assertThat(service.authenticateFromMemory(other.token().text())).contains(new KeyCheck.Refused(KeyCheck.Reason.REVOKED));
    }

    @Test
    void givenAStoreThatKeepsNothingInMemory_whenCheckedFromMemory_thenOnlyTheFullCheckAnswers() {
        InMemoryApiKeys stored = new InMemoryApiKeys();
        ApiKeys readEveryTime = new ApiKeys() {
            @Override
            public void insert(ApiKey key) {
                stored.insert(key);
            }

            @Override
            public Optional<ApiKey> find(ApiKeyId id) {
                return stored.find(id);
            }

            @Override
            public List<ApiKey> list(WorkspaceId workspace) {
                return stored.list(workspace);
            }

            @Override
            public boolean revoke(WorkspaceId workspace, ApiKeyId id, Instant at) {
                return stored.revoke(workspace, id, at);
            }

            @Override
            public void touch(ApiKeyId id, Instant at) {
                stored.touch(id, at);
            }
        };
        KeyService reading = new KeyService(readEveryTime, new AuditService(log, clock), clock);
        IssuedKey issued = reading.create(new CreateKey(WS, "crm", Role.INGEST, null), OPERATOR);
        reading.authenticate(issued.token().text());

        assertThat(reading.authenticateFromMemory(issued.token().text())).isEmpty();
        assertThat(reading.authenticate(issued.token().text())).isInstanceOf(KeyCheck.Accepted.class);
    }

    @Test
    void givenRoleNames_whenParsed_thenAnyCaseAndClearErrors() {
        assertThat(Role.parse("role", "Admin")).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> Role.parse("role", "root")).hasMessage("role must be one of admin, analyst, sales, ingest: 'root'");
    }
}
