package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.port.in.ManageAccountsUseCase.AccountDetails;
import dev.leadscope.domain.port.in.ManageAccountsUseCase.AccountUpsert;
import dev.leadscope.domain.port.in.UpsertResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountUpsertAllTest {
    private static final Instant NOW = Instant.parse("2024-06-03T12:00:00Z");
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final AccountService service = new AccountService(accounts, Clock.fixed(NOW, ZoneOffset.UTC));

    private static AccountUpsert upsert(String id, String name, Instant createdAt) {
        return new AccountUpsert(new AccountId(id), new AccountDetails(name, null, Firmographics.UNKNOWN, null, null, null, createdAt));
    }

    @Test
    void givenNewChangedSameAndBadRecords_whenUpsertedTogether_thenEachIsReportedAndOnlyGoodOnesStored() {
        service.upsertAll(ws, List.of(upsert("a", "Acme", T0), upsert("b", "Beta", T0)));

        List<UpsertResult> results = service.upsertAll(ws, List.of(
                upsert("a", "Acme", T0), upsert("b", "Beta Group", T0), upsert("c", "Gamma", T0), upsert("d", " ", T0)));

        assertThat(results.subList(0, 3)).containsExactly(UpsertResult.UNCHANGED, UpsertResult.UPDATED, UpsertResult.CREATED);
        assertThat(results.get(3)).isInstanceOfSatisfying(UpsertResult.Rejected.class, r -> assertThat(r.reason()).contains("name"));
        assertThat(service.get(ws, new AccountId("b")).name()).isEqualTo("Beta Group");
        assertThat(accounts.count(ws)).isEqualTo(3);
    }

    @Test
    void givenNoCreationTime_whenUpsertedAgain_thenTheStoredCreationTimeIsKeptAndNothingChanges() {
        service.upsertAll(ws, List.of(upsert("a", "Acme", T0)));

        List<UpsertResult> again = service.upsertAll(ws, List.of(upsert("a", "Acme", null)));

        assertThat(again).containsExactly(UpsertResult.UNCHANGED);
        assertThat(service.get(ws, new AccountId("a")).createdAt()).isEqualTo(T0);
    }

    @Test
    void givenTheSameIdTwiceInOneCall_whenUpserted_thenTheSecondSeesTheFirst() {
        List<UpsertResult> results = service.upsertAll(ws, List.of(upsert("a", "Acme", T0), upsert("a", "Acme", T0)));

        assertThat(results).containsExactly(UpsertResult.CREATED, UpsertResult.UNCHANGED);
    }
}
