package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.Leads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Leads} store must do; subclass once per adapter. */
public abstract class LeadsContractTest {
    protected Leads leads;
    protected WorkspaceId ws;

    /** The store under test; called before each test, after {@link #cleanState()}. */
    protected abstract Leads createLeads();

    /** Removes what earlier tests stored, where the store keeps state between tests. */
    protected void cleanState() {
    }

    @BeforeEach
    void setUpStore() {
        cleanState();
        leads = createLeads();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenLeadWithEveryField_whenSaved_thenFoundEqual() {
        Lead lead = aLead(ws, "lead-1").account("acc-1").attributes(Fixtures.attributesOfEveryType()).build();

        leads.save(lead);

        assertThat(leads.findById(ws, lead.id())).contains(lead);
    }

    @Test
    void givenLeadWithOnlyRequiredFields_whenSaved_thenFoundEqual() {
        Lead lead = aLead(ws, "lead-bare").bare().build();

        leads.save(lead);

        assertThat(leads.findById(ws, lead.id())).contains(lead);
    }

    @Test
    void givenStoredLead_whenSavedAgainChanged_thenReplacedNotDuplicated() {
        leads.save(aLead(ws, "lead-1").title("Engineer").build());
        Lead changed = aLead(ws, "lead-1").title("Head of Data").owner("rep.ben").account("acc-9").build();

        leads.save(changed);

        assertThat(leads.findById(ws, changed.id())).contains(changed);
        assertThat(leads.count(ws)).isEqualTo(1);
    }

    @Test
    void givenSomeStored_whenSaveAll_thenInsertsNewAndReplacesStored() {
        leads.save(aLead(ws, "lead-1").title("Engineer").build());
        List<Lead> batch = List.of(aLead(ws, "lead-1").title("CTO").build(), aLead(ws, "lead-2").build(), aLead(ws, "lead-3").bare().build());

        leads.saveAll(batch);

        assertThat(leads.count(ws)).isEqualTo(3);
        batch.forEach(l -> assertThat(leads.findById(ws, l.id())).contains(l));
    }

    @Test
    void givenEmptyList_whenSaveAll_thenNothingChanges() {
        leads.saveAll(List.of());

        assertThat(leads.count(ws)).isZero();
    }

    @Test
    void givenUnknownId_whenFindById_thenEmpty() {
        assertThat(leads.findById(ws, new LeadId("nobody"))).isEmpty();
    }

    @Test
    void givenSomeStored_whenExisting_thenReturnsOnlyStoredIds() {
        leads.saveAll(List.of(aLead(ws, "a").build(), aLead(ws, "b").build()));

        assertThat(leads.existing(ws, List.of(new LeadId("a"), new LeadId("b"), new LeadId("c"), new LeadId("a"))))
                .containsExactlyInAnyOrder(new LeadId("a"), new LeadId("b"));
        assertThat(leads.existing(ws, List.of())).isEmpty();
    }

    @Test
    void givenSomeStored_whenFindAll_thenStoredOnesById() {
        Lead a = aLead(ws, "a").build();
        Lead b = aLead(ws, "b").bare().build();
        leads.saveAll(List.of(a, b));

        assertThat(leads.findAll(ws, List.of(a.id(), b.id(), new LeadId("c"))))
                .containsOnly(java.util.Map.entry(a.id(), a), java.util.Map.entry(b.id(), b));
        assertThat(leads.findAll(Fixtures.freshWorkspace(), List.of(a.id()))).isEmpty();
        assertThat(leads.findAll(ws, List.of())).isEmpty();
    }

    @Test
    void givenManyIds_whenExistingOrFindAll_thenAllFound() {
        List<Lead> many = IntStream.range(0, 2_500).mapToObj(i -> aLead(ws, "l-" + i).build()).toList();
        leads.saveAll(many);

        assertThat(leads.existing(ws, many.stream().map(Lead::id).toList())).hasSize(2_500);
        assertThat(leads.findAll(ws, many.stream().map(Lead::id).toList())).hasSize(2_500);
    }

    @Test
    void givenLeadInWorkspaceA_whenReadFromB_thenNeverSeen() {
        WorkspaceId other = Fixtures.freshWorkspace();
        leads.save(aLead(ws, "shared-id").build());

        assertThat(leads.findById(other, new LeadId("shared-id"))).isEmpty();
        assertThat(leads.existing(other, List.of(new LeadId("shared-id")))).isEmpty();
        assertThat(leads.list(other, LeadFilter.ALL, PageRequest.FIRST).items()).isEmpty();
        assertThat(leads.count(other)).isZero();
    }

    @Test
    void givenSameIdInTwoWorkspaces_whenSaved_thenBothKeptApart() {
        WorkspaceId other = Fixtures.freshWorkspace();
        Lead mine = aLead(ws, "same").title("CFO").build();
        Lead theirs = aLead(other, "same").title("Intern").build();

        leads.save(mine);
        leads.save(theirs);

        assertThat(leads.findById(ws, mine.id())).contains(mine);
        assertThat(leads.findById(other, theirs.id())).contains(theirs);
    }

    /** Leads d, a, b, c in creation-then-id order, saved out of that order. */
    private void saveFourCreatedAtVariousTimes() {
        leads.saveAll(List.of(
                aLead(ws, "c").createdAt(T0.plusSeconds(10)).build(),
                aLead(ws, "b").createdAt(T0).build(),
                aLead(ws, "a").createdAt(T0).build(),
                aLead(ws, "d").createdAt(T0.minusSeconds(10)).build()));
    }

    @Test
    void givenLeadsCreatedAtVariousTimes_whenListed_thenOrderedByCreationThenId() {
        saveFourCreatedAtVariousTimes();

        Page<Lead> page = leads.list(ws, LeadFilter.ALL, PageRequest.FIRST);

        assertThat(page.items()).extracting(l -> l.id().value()).containsExactly("d", "a", "b", "c");
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void givenLeadsInTwoWorkspaces_whenAllRead_thenEveryLeadOfTheWorkspaceOrderedAsListed() {
        saveFourCreatedAtVariousTimes();
        leads.save(aLead(Fixtures.freshWorkspace(), "e").createdAt(T0).build());

        assertThat(leads.all(ws)).extracting(l -> l.id().value()).containsExactly("d", "a", "b", "c");
        assertThat(leads.all(ws)).containsExactlyElementsOf(leads.list(ws, LeadFilter.ALL, PageRequest.FIRST).items());
    }

    @Test
    void givenLeadsAtTwoAccounts_whenListedByAccount_thenOnlyThatAccount() {
        leads.saveAll(List.of(aLead(ws, "1").account("acc-a").build(), aLead(ws, "2").account("acc-b").build(),
                aLead(ws, "3").bare().build(), aLead(ws, "4").account("acc-a").build()));

        Page<Lead> page = leads.list(ws, new LeadFilter(new AccountId("acc-a"), null, null), PageRequest.FIRST);

        assertThat(page.items()).extracting(l -> l.id().value()).containsExactly("1", "4");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void givenFiveLeadsAtOneAccount_whenPagedByAccount_thenSlicesWithTheAccountsTotal() {
        leads.saveAll(IntStream.range(0, 5).mapToObj(i -> aLead(ws, "a" + i).account("acc-a").createdAt(T0.plusSeconds(i)).build())
                .toList());
        leads.save(aLead(ws, "b0").account("acc-b").createdAt(T0).build());
        LeadFilter accountA = new LeadFilter(new AccountId("acc-a"), null, null);

        Page<Lead> first = leads.list(ws, accountA, new PageRequest(0, 2));
        Page<Lead> last = leads.list(ws, accountA, new PageRequest(4, 2));
        Page<Lead> none = leads.list(ws, new LeadFilter(new AccountId("acc-none"), null, null), PageRequest.FIRST);

        assertThat(first.items()).extracting(l -> l.id().value()).containsExactly("a0", "a1");
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.items()).extracting(l -> l.id().value()).containsExactly("a4");
        assertThat(last.total()).isEqualTo(5);
        assertThat(last.hasMore()).isFalse();
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
    }

    @Test
    void givenAnAccountWithMoreMembersThanAPageOfAccounts_whenItsAccountsAreListed_thenEachAccountOnce() {
        List<Lead> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(aLead(ws, "big-" + i).account("acc-big").build());
        }
        many.add(aLead(ws, "c1").account("acc-c").build());
        many.add(aLead(ws, "d1").account("acc-d").build());
        many.add(aLead(ws, "d2").account("acc-d").build());
        leads.saveAll(many);

        assertThat(leads.accountIdsAfter(ws, null, 2)).extracting(AccountId::value).containsExactly("acc-big", "acc-c");
        assertThat(leads.accountIdsAfter(ws, null, 5)).extracting(AccountId::value).containsExactly("acc-big", "acc-c", "acc-d");
        assertThat(leads.accountIdsAfter(ws, new AccountId("acc-big"), 1)).extracting(AccountId::value).containsExactly("acc-c");
    }

    @Test
    void givenLeadsAtSeveralAccountsAndNone_whenWalkedAccountByAccount_thenEveryLeadOnceWithItsAccountsMembers() {
        leads.saveAll(List.of(
                aLead(ws, "c1").account("acc-c").createdAt(T0.plusSeconds(2)).build(),
                aLead(ws, "a2").account("acc-a").createdAt(T0.plusSeconds(1)).build(),
                aLead(ws, "a1").account("acc-a").createdAt(T0.plusSeconds(1)).build(),
                aLead(ws, "b1").account("acc-b").createdAt(T0).build(),
                aLead(ws, "a0").account("acc-a").createdAt(T0.plusSeconds(5)).build(),
                aLead(ws, "n2").bare().build(),
                aLead(ws, "n1").bare().build(),
                aLead(ws, "n3").bare().build()));
        leads.save(aLead(Fixtures.freshWorkspace(), "elsewhere").account("acc-aa").build());

        List<AccountId> firstTwo = leads.accountIdsAfter(ws, null, 2);
        List<AccountId> rest = leads.accountIdsAfter(ws, firstTwo.get(1), 2);
        List<AccountId> none = leads.accountIdsAfter(ws, new AccountId("acc-c"), 2);
        Map<AccountId, List<Lead>> members = leads.inAccounts(ws, List.of(new AccountId("acc-a"), new AccountId("acc-none"),
                new AccountId("acc-c")));
        List<Lead> alone = leads.withoutAccountAfter(ws, null, 2);
        List<Lead> aloneRest = leads.withoutAccountAfter(ws, alone.get(1).id(), 2);

        assertThat(firstTwo).extracting(AccountId::value).containsExactly("acc-a", "acc-b");
        assertThat(rest).extracting(AccountId::value).containsExactly("acc-c");
        assertThat(none).isEmpty();
        assertThat(members.keySet()).extracting(AccountId::value).containsExactly("acc-a", "acc-c");
        // each account's leads ordered as the account's list: by creation, then id
        assertThat(members.get(new AccountId("acc-a"))).extracting(l -> l.id().value()).containsExactly("a1", "a2", "a0");
        assertThat(members.get(new AccountId("acc-a"))).containsExactlyElementsOf(
                leads.list(ws, new LeadFilter(new AccountId("acc-a"), null, null), PageRequest.FIRST).items());
        assertThat(alone).extracting(l -> l.id().value()).containsExactly("n1", "n2");
        assertThat(aloneRest).extracting(l -> l.id().value()).containsExactly("n3");
        assertThat(alone.get(0)).isEqualTo(leads.findById(ws, new LeadId("n1")).orElseThrow());
    }

    @Test
    void givenLeadsOfTwoOwners_whenListedByOwner_thenOnlyThatOwner() {
        leads.saveAll(List.of(aLead(ws, "1").owner("rep.anna").build(), aLead(ws, "2").owner("rep.ben").build(),
                aLead(ws, "3").owner(null).build()));

        Page<Lead> page = leads.list(ws, new LeadFilter(null, new RepId("rep.ben"), null), PageRequest.FIRST);

        assertThat(page.items()).extracting(l -> l.id().value()).containsExactly("2");
    }

    @Test
    void givenCreatedAfter_whenListed_thenBoundIsExclusive() {
        leads.saveAll(List.of(aLead(ws, "before").createdAt(T0.minusMillis(1)).build(), aLead(ws, "at").createdAt(T0).build(),
                aLead(ws, "after").createdAt(T0.plusNanos(1_000)).build()));

        Page<Lead> page = leads.list(ws, new LeadFilter(null, null, T0), PageRequest.FIRST);

        assertThat(page.items()).extracting(l -> l.id().value()).containsExactly("after");
    }

    @Test
    void givenAllFilters_whenListed_thenEveryFilterApplies() {
        leads.saveAll(List.of(
                aLead(ws, "match").account("acc-a").owner("rep.anna").createdAt(T0.plusSeconds(1)).build(),
                aLead(ws, "wrong-owner").account("acc-a").owner("rep.ben").createdAt(T0.plusSeconds(1)).build(),
                aLead(ws, "too-early").account("acc-a").owner("rep.anna").createdAt(T0).build(),
                aLead(ws, "wrong-account").account("acc-b").owner("rep.anna").createdAt(T0.plusSeconds(1)).build()));

        Page<Lead> page = leads.list(ws, new LeadFilter(new AccountId("acc-a"), new RepId("rep.anna"), T0), PageRequest.FIRST);

        assertThat(page.items()).extracting(l -> l.id().value()).containsExactly("match");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void givenSevenLeads_whenPaged_thenSlicesWithTotal() {
        leads.saveAll(IntStream.range(0, 7).mapToObj(i -> aLead(ws, "l" + i).createdAt(T0.plusSeconds(i)).build()).toList());

        Page<Lead> first = leads.list(ws, LeadFilter.ALL, new PageRequest(0, 3));
        Page<Lead> last = leads.list(ws, LeadFilter.ALL, new PageRequest(6, 3));
        Page<Lead> beyond = leads.list(ws, LeadFilter.ALL, new PageRequest(10, 3));

        assertThat(first.items()).extracting(l -> l.id().value()).containsExactly("l0", "l1", "l2");
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.hasMore()).isTrue();
        assertThat(last.items()).extracting(l -> l.id().value()).containsExactly("l6");
        assertThat(last.hasMore()).isFalse();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
        assertThat(beyond.offset()).isEqualTo(10);
        assertThat(beyond.limit()).isEqualTo(3);
    }

    @Test
    void givenTwoThreadsSavingTheSameNewLead_whenBothFinish_thenOneLeadStored() {
        Lead one = aLead(ws, "race").title("CEO").build();
        Lead two = aLead(ws, "race").title("COO").build();
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> awaitThen(start, () -> leads.save(one)));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> awaitThen(start, () -> leads.save(two)));
        CompletableFuture.allOf(a, b).join();

        assertThat(leads.count(ws)).isEqualTo(1);
        assertThat(leads.findById(ws, one.id()).orElseThrow().title()).isIn("CEO", "COO");
    }

    static void awaitThen(CyclicBarrier barrier, Runnable action) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        action.run();
    }
}
