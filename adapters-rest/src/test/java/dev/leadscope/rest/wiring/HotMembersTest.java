package dev.leadscope.rest.wiring;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.Leads;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An account's members are listed once and answered from memory until a lead is saved through the store or erased. */
class HotMembersTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final AccountId ACME = new AccountId("acme");
    private static final LeadFilter IN_ACME = new LeadFilter(ACME, null, null);
    private static final PageRequest FIRST = new PageRequest(0, PageRequest.MAX_LIMIT);

    private final AtomicInteger lists = new AtomicInteger();
    private final InMemoryLeads store = new InMemoryLeads();
    private Runnable duringList = () -> { };
    private final Leads counted = new Leads() {
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
        public Set<LeadId> existing(WorkspaceId workspace, Collection<LeadId> ids) {
            return store.existing(workspace, ids);
        }

        @Override
        public Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page) {
            lists.incrementAndGet();
            Page<Lead> read = store.list(workspace, filter, page);
            duringList.run();
            return read;
        }

        @Override
        public long count(WorkspaceId workspace) {
            return store.count(workspace);
        }
    };
    private final MemberLists memberLists = new MemberLists(1000, Duration.ofMinutes(1));
    private final HotMembers hot = new HotMembers(counted, memberLists, true);

    private static List<LeadId> ids(Page<Lead> page) {
        return page.items().stream().map(Lead::id).toList();
    }

    @Test
    void givenAnAccountListedOnce_whenListedAgain_thenAnsweredFromMemoryAsTheStoreWould() {
        store.saveAll(List.of(aLead(WS, "a").account(ACME).build(), aLead(WS, "b").account(ACME).build(), aLead(WS, "c").build()));

        Page<Lead> first = hot.list(WS, IN_ACME, FIRST);
        Page<Lead> second = hot.list(WS, IN_ACME, FIRST);

        assertThat(lists).hasValue(1);
        assertThat(ids(second)).isEqualTo(ids(first)).isEqualTo(ids(store.list(WS, IN_ACME, FIRST))).hasSize(2);
    }

    @Test
    void givenAnAccountListed_whenALeadIsSavedIntoItThroughTheStore_thenTheNextListShowsIt() {
        store.save(aLead(WS, "a").account(ACME).build());
        hot.list(WS, IN_ACME, FIRST);

        hot.save(aLead(WS, "b").account(ACME).build());

        assertThat(ids(hot.list(WS, IN_ACME, FIRST))).containsExactlyInAnyOrder(new LeadId("a"), new LeadId("b"));
    }

    @Test
    void givenAnAccountListed_whenOneOfItsLeadsIsErased_thenTheNextListIsReadAgain() {
        store.saveAll(List.of(aLead(WS, "a").account(ACME).build(), aLead(WS, "b").account(ACME).build()));
        hot.list(WS, IN_ACME, FIRST);

        memberLists.changed(WS, List.of(new LeadId("a")));

        hot.list(WS, IN_ACME, FIRST);
        assertThat(lists).hasValue(2);
    }

    @Test
    void givenALeadSavedWhileTheListIsRead_whenListedAgain_thenTheSavedLeadIsSeen() {
        store.save(aLead(WS, "a").account(ACME).build());
        duringList = () -> {
            duringList = () -> { };
            hot.save(aLead(WS, "b").account(ACME).build());
        };

        hot.list(WS, IN_ACME, FIRST);

        assertThat(ids(hot.list(WS, IN_ACME, FIRST))).containsExactlyInAnyOrder(new LeadId("a"), new LeadId("b"));
    }

    @Test
    void givenTheStoreFaceThatDoesNotList_whenAnAccountIsListed_thenTheStoreIsAskedEveryTimeButItsSavesStillDropThePages() {
        HotMembers store2 = new HotMembers(counted, memberLists, false);
        store.save(aLead(WS, "a").account(ACME).build());
        store2.list(WS, IN_ACME, FIRST);
        store2.list(WS, IN_ACME, FIRST);
        assertThat(lists).hasValue(2);
        hot.list(WS, IN_ACME, FIRST);

        store2.save(aLead(WS, "b").account(ACME).build());

        assertThat(ids(hot.list(WS, IN_ACME, FIRST))).containsExactlyInAnyOrder(new LeadId("a"), new LeadId("b"));
    }
}
