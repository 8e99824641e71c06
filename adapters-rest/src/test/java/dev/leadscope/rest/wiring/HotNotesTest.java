package dev.leadscope.rest.wiring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.RecentLeadNotes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A lead's notes come from memory while they are kept there, with the window, order and limit of the store. */
class HotNotesTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final Instant FAR_PAST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("3000-01-01T00:00:00Z");
    private static final LeadId LEAD = new LeadId("l1");

    private final InMemoryNotes store = new InMemoryNotes();
    private final Map<LeadId, List<Note>> kept = new HashMap<>();
    private final RecentLeadNotes hot = (workspace, id) -> Optional.ofNullable(kept.get(id));
    private final Notes notes = new HotNotes(hot, store);

    private static Note at(String id, LeadId lead, int minutes) {
        return note(WS, id, lead, T0.plus(Duration.ofMinutes(minutes)));
    }

    private void loadEntry() {
        kept.put(LEAD, store.forLead(WS, LEAD, FAR_PAST, FAR_FUTURE, Integer.MAX_VALUE));
    }

    private static List<String> ids(List<Note> found) {
        return found.stream().map(n -> n.id().value()).toList();
    }

    @Test
    void givenAHotLead_whenItsNotesAreAsked_thenTheWindowAndLimitAnswerAsTheStoreWould() {
        store.saveAll(List.of(at("n1", LEAD, 0), at("n2", LEAD, 10), at("n3", LEAD, 20), at("n4", LEAD, 30)));
        loadEntry();
        store.save(at("n5", LEAD, 15)); // saved by another process: not seen until the entry goes

        Instant from = T0.plus(Duration.ofMinutes(10));
        Instant to = T0.plus(Duration.ofMinutes(30));

        assertThat(ids(notes.forLead(WS, LEAD, from, to, 10))).containsExactly("n2", "n3");
        assertThat(ids(notes.forLead(WS, LEAD, FAR_PAST, FAR_FUTURE, 2))).containsExactly("n1", "n2");
        assertThat(ids(notes.forLeads(WS, List.of(LEAD)).get(LEAD))).containsExactly("n1", "n2", "n3", "n4");

        kept.clear();

        assertThat(ids(notes.forLead(WS, LEAD, from, to, 10))).containsExactly("n2", "n5", "n3");
    }

    @Test
    void givenSomeLeadsHotAndOthersNot_whenManyLeadsAreAskedAtOnce_thenEachAnswersAsTheStoreWouldAndLeadsWithoutNotesAreAbsent() {
        LeadId cold = new LeadId("cold");
        LeadId quiet = new LeadId("quiet");
        LeadId hotAndQuiet = new LeadId("hot-quiet");
        store.saveAll(List.of(at("n1", LEAD, 5), at("n2", LEAD, 0), at("c1", cold, 0)));
        loadEntry();
        kept.put(hotAndQuiet, List.of());

        Map<LeadId, List<Note>> read = notes.forLeads(WS, List.of(cold, LEAD, quiet, hotAndQuiet));

        assertThat(read).containsOnlyKeys(cold, LEAD);
        assertThat(List.copyOf(read.keySet())).containsExactly(cold, LEAD);
        assertThat(ids(read.get(LEAD))).containsExactly("n2", "n1");
        assertThat(ids(read.get(cold))).containsExactly("c1");
    }

    @Test
    void givenASave_whenStored_thenTheStoreHoldsIt() {
        notes.save(at("n1", LEAD, 0));

        assertThat(notes.findById(WS, at("n1", LEAD, 0).id())).isPresent();
        assertThat(ids(store.forLead(WS, LEAD, FAR_PAST, FAR_FUTURE, 10))).containsExactly("n1");
    }
}
