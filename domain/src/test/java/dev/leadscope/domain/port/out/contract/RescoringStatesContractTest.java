package dev.leadscope.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.RescoringStates;
import dev.leadscope.domain.rescoring.AccountState;
import dev.leadscope.domain.rescoring.LeadState;
import dev.leadscope.domain.scoring.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RescoringStates} must do; subclass once per adapter. */
public abstract class RescoringStatesContractTest {
    protected RescoringStates states;
    protected WorkspaceId ws;

    protected abstract RescoringStates createStates();

    @BeforeEach
    void setUpStates() {
        states = createStates();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenLeadStateSavedTwice_whenRead_thenTheLatestOnlyInItsWorkspace() {
        LeadId a = new LeadId("a");
        states.saveLeads(ws, List.of(new LeadState(a, Tier.LOW, Readiness.NOT_READY, 0.004)));
        states.saveLeads(ws, List.of(new LeadState(a, Tier.TOP, Readiness.SALES_READY, 0.25)));

        assertThat(states.leads(ws, List.of(a, new LeadId("b"))))
                .containsExactly(java.util.Map.entry(a, new LeadState(a, Tier.TOP, Readiness.SALES_READY, 0.25)));
        assertThat(states.leads(Fixtures.freshWorkspace(), List.of(a))).isEmpty();
    }

    @Test
    void givenAccountStateSavedTwice_whenRead_thenTheLatest() {
        AccountId acme = new AccountId("acme");
        states.saveAccounts(ws, List.of(new AccountState(acme, BuyingStage.AWARENESS, false)));
        states.saveAccounts(ws, List.of(new AccountState(acme, BuyingStage.DECISION, true)));

        assertThat(states.accounts(ws, List.of(acme)).get(acme)).isEqualTo(new AccountState(acme, BuyingStage.DECISION, true));
        assertThat(states.accounts(ws, List.of(new AccountId("other")))).isEmpty();
    }

    @Test
    void givenABatchOfKnownAndNewLeadsWithOneLeadTwice_whenSaved_thenEachHoldsItsLastStateAndOthersAreUntouched() {
        LeadId known = new LeadId("known");
        LeadId untouched = new LeadId("untouched");
        LeadId fresh = new LeadId("fresh");
        states.saveLeads(ws, List.of(new LeadState(known, Tier.LOW, Readiness.NOT_READY, 0.01),
                new LeadState(untouched, Tier.MEDIUM, Readiness.NURTURE, 0.05)));

        states.saveLeads(ws, List.of(new LeadState(fresh, Tier.HIGH, Readiness.NURTURE, 0.1),
                new LeadState(known, Tier.HIGH, Readiness.NURTURE, 0.12),
                new LeadState(known, Tier.TOP, Readiness.SALES_READY, 0.3)));

        assertThat(states.leads(ws, List.of(known, untouched, fresh))).containsOnly(
                java.util.Map.entry(known, new LeadState(known, Tier.TOP, Readiness.SALES_READY, 0.3)),
                java.util.Map.entry(untouched, new LeadState(untouched, Tier.MEDIUM, Readiness.NURTURE, 0.05)),
                java.util.Map.entry(fresh, new LeadState(fresh, Tier.HIGH, Readiness.NURTURE, 0.1)));
    }

    @Test
    void givenTwoWorkersSavingTheSameNewStatesAtOnce_whenBothSave_thenNeitherFailsAndOneStateIsKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                List<AccountState> accounts = new ArrayList<>();
                List<LeadState> leads = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    accounts.add(new AccountState(new AccountId("acc-" + round + "-" + i), BuyingStage.AWARENESS, false));
                    leads.add(new LeadState(new LeadId("lead-" + round + "-" + i), Tier.LOW, Readiness.NOT_READY, 0.01));
                }
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> saves = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    saves.add(pool.submit(() -> {
                        start.await();
                        states.saveAccounts(ws, accounts);
                        states.saveLeads(ws, leads);
                        return null;
                    }));
                }
                for (Future<?> save : saves) {
                    save.get(30, TimeUnit.SECONDS);
                }
                assertThat(states.accounts(ws, accounts.stream().map(AccountState::account).toList())).hasSize(20);
                assertThat(states.leads(ws, leads.stream().map(LeadState::lead).toList())).hasSize(20);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
