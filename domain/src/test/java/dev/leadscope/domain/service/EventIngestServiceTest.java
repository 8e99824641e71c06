package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.EventIngestResult;
import dev.leadscope.domain.port.in.EventIngestResult.Accepted;
import dev.leadscope.domain.port.in.EventIngestResult.AlreadyAccepted;
import dev.leadscope.domain.port.in.EventIngestResult.Conflict;
import dev.leadscope.domain.port.in.EventIngestResult.UnknownLead;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventIngestServiceTest {
    private static final LeadId LEAD = new LeadId("lead-1");
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryActivityEvents events = new InMemoryActivityEvents();
    private final EventIngestService service = new EventIngestService(events, leads);

    EventIngestServiceTest() {
        leads.save(aLead(ws, LEAD.value()).build());
    }

    private List<ActivityEvent> stored() {
        return events.forLead(ws, LEAD, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 1000);
    }

    @Test
    void givenNewEventsForAKnownLead_whenIngested_thenAllAcceptedAndStored() {
        List<ActivityEvent> batch = List.of(anEvent(ws, "e1", LEAD).build(), anEvent(ws, "e2", LEAD).at(T0.plusSeconds(1)).build());

        List<EventIngestResult> results = service.ingest(ws, batch);

        assertThat(results).containsExactly(new Accepted(new EventId("e1")), new Accepted(new EventId("e2")));
        assertThat(stored()).containsExactlyElementsOf(batch);
    }

    @Test
    void givenEventsOfKnownAndUnknownLeads_whenIngestedMarkingPending_thenOnlyTheLeadWithStoredEventsIsMarked() {
        LeadId ghost = new LeadId("ghost");
        LeadId repeated = new LeadId("lead-repeated");
        leads.save(aLead(ws, repeated.value()).build());
        ActivityEvent old = anEvent(ws, "old", repeated).build();
        service.ingest(ws, List.of(old));
        Instant at = T0.plusSeconds(30);

        List<EventIngestResult> results = service.ingestMarkingPending(ws, List.of(anEvent(ws, "e1", LEAD).build(),
                anEvent(ws, "bad", ghost).build(), old, anEvent(ws, "e2", LEAD).at(T0.plusSeconds(1)).build()), at);

        assertThat(results).containsExactly(new Accepted(new EventId("e1")), new UnknownLead(new EventId("bad"), ghost),
                new AlreadyAccepted(old.id()), new Accepted(new EventId("e2")));
        assertThat(events.pending().find(ws, List.of(LEAD, ghost, repeated)))
                .singleElement().satisfies(p -> {
                    assertThat(p.lead()).isEqualTo(LEAD);
                    assertThat(p.since()).isEqualTo(at);
                });
    }

    @Test
    void givenPlainIngest_whenStored_thenNoLeadIsMarked() {
        service.ingest(ws, List.of(anEvent(ws, "e1", LEAD).build()));

        assertThat(events.pending().count()).isZero();
    }

    @Test
    void givenAcceptedEvent_whenSentAgainUnchanged_thenAlreadyAcceptedAndStoredOnce() {
        ActivityEvent event = anEvent(ws, "e1", LEAD).build();
        service.ingest(ws, List.of(event));

        List<EventIngestResult> again = service.ingest(ws, List.of(anEvent(ws, "e1", LEAD).build()));

        assertThat(again).containsExactly(new AlreadyAccepted(event.id()));
        assertThat(again.get(0).stored()).isTrue();
        assertThat(events.count(ws)).isEqualTo(1);
    }

    @Test
    void givenStoredEvent_whenSentAloneAgainMarkingPending_thenAlreadyAcceptedOrConflictAndTheLeadIsNotMarked() {
        ActivityEvent original = anEvent(ws, "e1", LEAD).build();
        service.ingest(ws, List.of(original));

        List<EventIngestResult> same = service.ingestMarkingPending(ws, List.of(anEvent(ws, "e1", LEAD).build()), T0.plusSeconds(5));
        List<EventIngestResult> other = service.ingestMarkingPending(ws, List.of(anEvent(ws, "e1", LEAD).category("docs").build()),
                T0.plusSeconds(6));

        assertThat(same).containsExactly(new AlreadyAccepted(original.id()));
        assertThat(other).containsExactly(new Conflict(original.id()));
        assertThat(stored()).containsExactly(original);
        assertThat(events.pending().count()).isZero();
    }

    @Test
    void givenAcceptedEvent_whenSameIdArrivesWithOtherContent_thenConflictAndStoredEventKept() {
        ActivityEvent original = anEvent(ws, "e1", LEAD).build();
        service.ingest(ws, List.of(original));

        List<EventIngestResult> results = service.ingest(ws, List.of(anEvent(ws, "e1", LEAD).category("docs").build()));

        assertThat(results).containsExactly(new Conflict(original.id()));
        assertThat(results.get(0).stored()).isFalse();
        assertThat(stored()).containsExactly(original);
    }

    @Test
    void givenEventForUnknownLead_whenIngested_thenReportedAndGoodEventsStillStored() {
        LeadId ghost = new LeadId("ghost");
        List<EventIngestResult> results = service.ingest(ws, List.of(
                anEvent(ws, "bad", ghost).build(), anEvent(ws, "good", LEAD).build()));

        assertThat(results).containsExactly(new UnknownLead(new EventId("bad"), ghost), new Accepted(new EventId("good")));
        assertThat(events.count(ws)).isEqualTo(1);
    }

    @Test
    void givenLeadInAnotherWorkspace_whenIngestedHere_thenUnknownLead() {
        WorkspaceId other = Fixtures.freshWorkspace();

        List<EventIngestResult> results = service.ingest(other, List.of(anEvent(other, "e1", LEAD).build()));

        assertThat(results).containsExactly(new UnknownLead(new EventId("e1"), LEAD));
    }

    @Test
    void givenIdRepeatedInsideABatch_whenIngested_thenFirstAcceptedRepeatAlreadyAcceptedOrConflict() {
        List<EventIngestResult> results = service.ingest(ws, List.of(
                anEvent(ws, "e1", LEAD).build(),
                anEvent(ws, "e1", LEAD).build(),
                anEvent(ws, "e1", LEAD).category("blog").build()));

        assertThat(results).containsExactly(new Accepted(new EventId("e1")), new AlreadyAccepted(new EventId("e1")),
                new Conflict(new EventId("e1")));
        assertThat(stored()).containsExactly(anEvent(ws, "e1", LEAD).build());
    }

    @Test
    void givenBatchOfExactlyTheLimit_whenIngested_thenAccepted() {
        List<ActivityEvent> batch = IntStream.range(0, IngestEventsUseCase.MAX_IMPORT_BATCH)
                .mapToObj(i -> anEvent(ws, "e" + i, LEAD).at(T0.plusMillis(i)).build()).toList();

        assertThat(service.ingest(ws, batch)).hasSize(IngestEventsUseCase.MAX_IMPORT_BATCH).allMatch(EventIngestResult::stored);
    }

    @Test
    void givenBatchOverTheLimit_whenIngested_thenRefusedAndNothingStored() {
        List<ActivityEvent> batch = IntStream.range(0, IngestEventsUseCase.MAX_IMPORT_BATCH + 1)
                .mapToObj(i -> anEvent(ws, "e" + i, LEAD).build()).toList();

        assertThatThrownBy(() -> service.ingest(ws, batch))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20000").hasMessageContaining("20001");
        assertThat(events.count(ws)).isZero();
    }

    @Test
    void givenEventOfAnotherWorkspace_whenIngested_thenRefusedNamingTheEvent() {
        WorkspaceId other = Fixtures.freshWorkspace();

        assertThatThrownBy(() -> service.ingest(ws, List.of(anEvent(other, "stray", LEAD).build())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stray");
        assertThat(events.count(other)).isZero();
    }

    @Test
    void givenEmptyBatch_whenIngested_thenNoResults() {
        assertThat(service.ingest(ws, List.of())).isEmpty();
    }
}
