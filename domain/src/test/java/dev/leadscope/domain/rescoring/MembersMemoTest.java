package dev.leadscope.domain.rescoring;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.Leads;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MembersMemoTest {
    private static final AccountId A = new AccountId("a");
    private static final AccountId B = new AccountId("b");

    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads store = new InMemoryLeads();
    private final AtomicInteger lists = new AtomicInteger();
    private final AtomicInteger wholeReads = new AtomicInteger();
    private final AtomicInteger byId = new AtomicInteger();
    private final MembersMemo memo = new MembersMemo(new CountingLeads());

    private Page<Lead> membersOf(AccountId account) {
        return memo.list(ws, new LeadFilter(account, null, null), PageRequest.FIRST);
    }

    @Test
    void givenABatch_whenAnAccountsMembersAreListedTwice_thenTheStoreIsAskedOnceAndAnswersTheSame() {
        store.saveAll(List.of(aLead(ws, "l1").account(A).build(), aLead(ws, "l2").account(A).build(), aLead(ws, "l3").account(B).build()));

        List<Page<Lead>> inBatch = memo.during(() -> List.of(membersOf(A), membersOf(B), membersOf(A)));

        assertThat(lists).as("a then b, each once").hasValue(2);
        assertThat(inBatch.get(0)).isEqualTo(store.list(ws, new LeadFilter(A, null, null), PageRequest.FIRST));
        assertThat(inBatch.get(1).items()).extracting(l -> l.id().value()).containsExactly("l3");
        assertThat(inBatch.get(2)).isEqualTo(inBatch.get(0));
    }

    @Test
    void givenALeadSavedInsideTheBatch_whenListedAgain_thenItIsSeen() {
        store.save(aLead(ws, "l1").account(A).build());

        Page<Lead> after = memo.during(() -> {
            membersOf(A);
            memo.save(aLead(ws, "l2").account(A).build());
            return membersOf(A);
        });

        assertThat(after.items()).extracting(l -> l.id().value()).containsExactlyInAnyOrder("l1", "l2");
    }

    @Test
    void outsideABatch_orForOtherFilters_everyListGoesToTheStore() {
        store.save(aLead(ws, "l1").account(A).owner("rep-1").build());

        membersOf(A);
        membersOf(A);
        memo.during(() -> List.of(memo.list(ws, new LeadFilter(A, new RepId("rep-1"), null), PageRequest.FIRST),
                memo.list(ws, LeadFilter.ALL, PageRequest.FIRST), memo.list(ws, LeadFilter.ALL, PageRequest.FIRST)));

        assertThat(lists).hasValue(5);
    }

    @Test
    void givenEveryLeadAsked_whenRead_thenTheStoresOwnWholeReadAnswersNotItsPages() {
        store.saveAll(List.of(aLead(ws, "l1").account(A).build(), aLead(ws, "l2").account(B).build()));

        List<Lead> all = memo.all(ws);

        assertThat(all).extracting(l -> l.id().value()).containsExactly("l1", "l2");
        assertThat(wholeReads).as("one whole read, as the database store answers it in one query").hasValue(1);
        assertThat(lists).as("no page-by-page listing").hasValue(0);
    }

    @Test
    void givenABatch_whenItsLeadsAreReadTwice_thenEachIsReadOnceUnlessSavedMeanwhile() {
        store.saveAll(List.of(aLead(ws, "l1").account(A).build(), aLead(ws, "l2").account(B).build()));
        LeadId l1 = new LeadId("l1");
        LeadId l2 = new LeadId("l2");

        Map<LeadId, Lead> second = memo.during(() -> {
            memo.findAll(ws, List.of(l1));
            return memo.findAll(ws, List.of(l1, l2, new LeadId("none")));
        });
        assertThat(second).isEqualTo(store.findAll(ws, List.of(l1, l2)));
        assertThat(byId).as("l1 once, then l2 and the missing one").hasValue(3);

        Map<LeadId, Lead> afterSave = memo.during(() -> {
            memo.findAll(ws, List.of(l1));
            memo.save(aLead(ws, "l1").account(B).build());
            return memo.findAll(ws, List.of(l1));
        });
        assertThat(afterSave.get(l1).account()).contains(B);
    }

    /** The in-memory store, counting the lists and whole reads it answers. */
    private final class CountingLeads implements Leads {
        @Override
        public void save(Lead lead) {
            store.save(lead);
        }

        @Override
        public void saveAll(List<Lead> leads) {
            store.saveAll(leads);
        }

        @Override
        public Optional<Lead> findById(WorkspaceId workspace, LeadId id) {
            return store.findById(workspace, id);
        }

        @Override
        public Map<LeadId, Lead> findAll(WorkspaceId workspace, Collection<LeadId> ids) {
            byId.addAndGet(ids.size());
            return store.findAll(workspace, ids);
        }

        @Override
        public Set<LeadId> existing(WorkspaceId workspace, Collection<LeadId> ids) {
            return store.existing(workspace, ids);
        }

        @Override
        public Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page) {
            lists.incrementAndGet();
            return store.list(workspace, filter, page);
        }

        @Override
        public List<Lead> all(WorkspaceId workspace) {
            wholeReads.incrementAndGet();
            return store.all(workspace);
        }

        @Override
        public long count(WorkspaceId workspace) {
            return store.count(workspace);
        }
    }
}
