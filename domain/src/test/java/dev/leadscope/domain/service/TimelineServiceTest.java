package dev.leadscope.domain.service;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.port.in.LeadTimelineUseCase;
import dev.leadscope.domain.port.in.TimelineEntry;
import dev.leadscope.domain.port.in.TimelineEntry.EventEntry;
import dev.leadscope.domain.port.in.TimelineEntry.NoteEntry;
import dev.leadscope.domain.port.in.TimelineEntry.OutcomeEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineServiceTest {
    private static final LeadId LEAD = new LeadId("lead-1");
    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryActivityEvents events = new InMemoryActivityEvents();
    private final InMemoryNotes notes = new InMemoryNotes();
    private final InMemoryOutcomes outcomes = new InMemoryOutcomes();
    private final TimelineService service = new TimelineService(leads, events, notes, outcomes);

    TimelineServiceTest() {
        leads.save(aLead(ws, LEAD.value()).build());
        events.appendAbsent(List.of(
                anEvent(ws, "view", LEAD).at(T0.plusSeconds(10)).build(),
                anEvent(ws, "download", LEAD).at(T0.plusSeconds(30)).build(),
                anEvent(ws, "other-lead", new LeadId("lead-2")).at(T0.plusSeconds(15)).build()));
        notes.save(Fixtures.note(ws, "call-note", LEAD, T0.plusSeconds(20)));
        outcomes.save(Fixtures.outcome(ws, "won", LEAD, OutcomeKind.WON, T0.plusSeconds(40)));
    }

    private static String label(TimelineEntry entry) {
        if (entry instanceof EventEntry e) {
            return "event:" + e.event().id();
        }
        if (entry instanceof NoteEntry n) {
            return "note:" + n.note().id();
        }
        return "outcome:" + ((OutcomeEntry) entry).outcome().id();
    }

    @Test
    void givenEventsNotesAndOutcome_whenTimelineRead_thenMergedOldestFirst() {
        List<TimelineEntry> timeline = service.timeline(ws, LEAD, null, null, 100);

        assertThat(timeline).extracting(TimelineServiceTest::label)
                .containsExactly("event:view", "note:call-note", "event:download", "outcome:won");
    }

    @Test
    void givenWindow_whenTimelineRead_thenFromIncludedToExcluded() {
        List<TimelineEntry> timeline = service.timeline(ws, LEAD, T0.plusSeconds(20), T0.plusSeconds(40), 100);

        assertThat(timeline).extracting(TimelineServiceTest::label).containsExactly("note:call-note", "event:download");
    }

    @Test
    void givenLimit_whenTimelineRead_thenOldestEntriesUpToLimit() {
        assertThat(service.timeline(ws, LEAD, null, null, 2)).extracting(TimelineServiceTest::label)
                .containsExactly("event:view", "note:call-note");
    }

    @Test
    void givenLimitOutOfRange_whenTimelineRead_thenRefusedNamingTheLimit() {
        assertThatThrownBy(() -> service.timeline(ws, LEAD, null, null, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> service.timeline(ws, LEAD, null, null, LeadTimelineUseCase.MAX_ENTRIES + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5000");
    }

    @Test
    void givenFromNotBeforeTo_whenTimelineRead_thenRefused() {
        assertThatThrownBy(() -> service.timeline(ws, LEAD, T0, T0, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
    }

    @Test
    void givenUnknownLead_whenTimelineRead_thenLeadNotFound() {
        assertThatThrownBy(() -> service.timeline(ws, new LeadId("ghost"), null, null, 10)).isInstanceOf(LeadNotFoundException.class);
        assertThatThrownBy(() -> service.timeline(Fixtures.freshWorkspace(), LEAD, null, null, 10)).isInstanceOf(LeadNotFoundException.class);
    }
}
