package dev.leadscope.domain.rescoring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.fixtures.InMemoryPendingRescoring;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.Leads;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A bulk rescoring's chunks: every lead once, whole accounts, bounded in size, each chunk's history read with it. */
class BulkChunksTest {
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads stored = new InMemoryLeads();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryActivityEvents events = new InMemoryActivityEvents();
    private final InMemoryNotes notes = new InMemoryNotes();
    private final InMemoryOutcomes outcomes = new InMemoryOutcomes();
    private final InMemoryIntentSignals intent = new InMemoryIntentSignals();
    private final InMemoryPendingRescoring pending = new InMemoryPendingRescoring();

    /** 23 accounts of 1 to 5 leads (account 7 is not stored), and 9 leads without an account. */
    private List<Lead> workspace() {
        List<Lead> all = new ArrayList<>();
        for (int a = 0; a < 23; a++) {
            String account = "acc-%02d".formatted(a);
            if (a != 7) {
                accounts.save(anAccount(ws, account).build());
                intent.record(Fixtures.intent(ws, new AccountId(account), "crm", LocalDate.of(2024, 3, 4), 40 + a));
            }
            for (int i = 0; i <= a % 5; i++) {
                all.add(aLead(ws, account + "-lead-" + i).account(account).createdAt(T0.plusSeconds(i)).build());
            }
        }
        for (int i = 0; i < 9; i++) {
            all.add(aLead(ws, "alone-" + i).bare().build());
        }
        stored.saveAll(all);
        for (Lead l : all) {
            events.appendAbsent(List.of(anEvent(ws, l.id().value() + "-e", l.id()).at(T0.plusSeconds(60)).build()));
        }
        notes.save(Fixtures.note(ws, "n1", new LeadId("acc-03-lead-1"), T0));
        outcomes.save(Fixtures.outcome(ws, "o1", new LeadId("acc-04-lead-0"), OutcomeKind.values()[0], T0));
        return all;
    }

    private BulkChunks chunks(Leads leads, int size) {
        return new BulkChunks(new BulkChunks.Stores(leads, accounts, events, notes, outcomes, intent, pending), ws, size);
    }

    private static List<BulkChunks.Chunk> every(BulkChunks chunks) {
        List<BulkChunks.Chunk> out = new ArrayList<>();
        for (BulkChunks.Chunk c = chunks.next(); c != null; c = chunks.next()) {
            out.add(c);
        }
        return out;
    }

    @Test
    void givenAccountsOfSeveralSizes_whenWalkedInChunks_thenEveryLeadOnceWithWholeAccountsAndBoundedChunks() {
        List<Lead> all = workspace();

        List<BulkChunks.Chunk> chunks = every(chunks(stored, 6));

        List<LeadId> seen = new ArrayList<>();
        Set<AccountId> accountsSeen = new HashSet<>();
        for (BulkChunks.Chunk c : chunks) {
            ChunkRead read = c.read();
            seen.addAll(read.leadIds());
            // closed once it holds 6 leads: at most 5 more than that (the largest account)
            assertThat(read.leads()).isNotEmpty().hasSizeLessThanOrEqualTo(6 + 4);
            for (Map.Entry<AccountId, List<Lead>> e : read.members().entrySet()) {
                assertThat(accountsSeen.add(e.getKey())).as("account %s in one chunk only", e.getKey()).isTrue();
                assertThat(e.getValue()).containsExactlyElementsOf(
                        stored.list(ws, new LeadFilter(e.getKey(), null, null), PageRequest.FIRST).items());
            }
            for (Lead l : read.leads()) {
                assertThat(read.eventsOf(l.id())).isEqualTo(events.forLeads(ws, List.of(l.id())).get(l.id()));
            }
        }
        assertThat(seen).hasSize(all.size()).containsExactlyInAnyOrderElementsOf(all.stream().map(Lead::id).toList());
        assertThat(seen.subList(seen.size() - 9, seen.size())).extracting(LeadId::value).allMatch(v -> v.startsWith("alone-"));
        ChunkRead withAccount3 = chunks.stream().map(BulkChunks.Chunk::read)
                .filter(r -> r.members().containsKey(new AccountId("acc-03"))).findFirst().orElseThrow();
        assertThat(withAccount3.notesOf(new LeadId("acc-03-lead-1"))).hasSize(1);
        assertThat(withAccount3.intent().get(new AccountId("acc-03"))).hasSize(1);
        ChunkRead withAccount7 = chunks.stream().map(BulkChunks.Chunk::read)
                .filter(r -> r.members().containsKey(new AccountId("acc-07"))).findFirst().orElseThrow();
        assertThat(withAccount7.accounts()).doesNotContainKey(new AccountId("acc-07"));
        assertThat(chunks.stream().map(BulkChunks.Chunk::read).filter(r -> !r.outcomesOf(new LeadId("acc-04-lead-0")).isEmpty()))
                .hasSize(1);
    }

    @Test
    void givenPendingLeads_whenWalked_thenEachChunkCarriesTheMarkersOfItsOwnLeads() {
        workspace();
        pending.mark(ws, List.of(new LeadId("acc-01-lead-0"), new LeadId("acc-22-lead-2"), new LeadId("alone-3")), T0);

        List<BulkChunks.Chunk> chunks = every(chunks(stored, 4));

        List<LeadId> marked = new ArrayList<>();
        for (BulkChunks.Chunk c : chunks) {
            for (PendingLead m : c.marks()) {
                assertThat(c.read().leadIds()).contains(m.lead());
                marked.add(m.lead());
            }
        }
        assertThat(marked).extracting(LeadId::value).containsExactlyInAnyOrder("acc-01-lead-0", "acc-22-lead-2", "alone-3");
    }

    @Test
    void givenALeadMovedToAnotherAccountAfterItWasListed_whenItsChunkIsRead_thenItIsLeftOutWithItsMarker() {
        workspace();
        LeadId moved = new LeadId("acc-02-lead-1");
        pending.mark(ws, List.of(moved, new LeadId("acc-02-lead-0")), T0);
        // the lead moves between the listing and the read of its chunk (and is marked, as every lead change is)
        Leads moving = new ChangingBeforeRead(stored, s -> {
            Lead was = s.findById(ws, moved).orElseThrow();
            s.save(aLead(ws, moved.value()).account("acc-11").createdAt(was.createdAt()).build());
        });

        List<BulkChunks.Chunk> chunks = every(chunks(moving, 100));

        ChunkRead read = chunks.get(0).read();
        assertThat(read.leadIds()).doesNotContain(moved).contains(new LeadId("acc-02-lead-0"));
        assertThat(read.members().get(new AccountId("acc-02"))).extracting(Lead::id).doesNotContain(moved);
        assertThat(chunks.get(0).marks()).extracting(PendingLead::lead).containsExactly(new LeadId("acc-02-lead-0"));
    }

    @Test
    void givenAnEmptyWorkspace_whenWalked_thenNoChunk() {
        assertThat(chunks(stored, 10).next()).isNull();
        assertThatThrownBy(() -> chunks(stored, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Leads that apply a change once, just before the first read by id (after the listing). */
    private static final class ChangingBeforeRead implements Leads {
        private final InMemoryLeads stored;
        private Consumer<InMemoryLeads> change;

        ChangingBeforeRead(InMemoryLeads stored, Consumer<InMemoryLeads> change) {
            this.stored = stored;
            this.change = change;
        }

        @Override
        public Map<LeadId, Lead> findAll(WorkspaceId workspace, Collection<LeadId> ids) {
            if (change != null) {
                change.accept(stored);
                change = null;
            }
            return stored.findAll(workspace, ids);
        }

        @Override
        public void save(Lead lead) {
            stored.save(lead);
        }

        @Override
        public void saveAll(List<Lead> leads) {
            stored.saveAll(leads);
        }

        @Override
        public Optional<Lead> findById(WorkspaceId workspace, LeadId id) {
            return stored.findById(workspace, id);
        }

        @Override
        public Set<LeadId> existing(WorkspaceId workspace, Collection<LeadId> ids) {
            return stored.existing(workspace, ids);
        }

        @Override
        public Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page) {
            return stored.list(workspace, filter, page);
        }

        @Override
        public long count(WorkspaceId workspace) {
            return stored.count(workspace);
        }
    }
}
