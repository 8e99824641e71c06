package dev.leadscope.domain.rescoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ForwardingActivityEvents;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventsMemoTest {
    private static final WorkspaceId WS = new WorkspaceId("ws");
    private static final LeadId A = new LeadId("a");
    private static final LeadId B = new LeadId("b");
    private static final LeadId C = new LeadId("c");
    private static final Instant T1 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-12T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-01-19T10:00:00Z");

    private final AtomicInteger leadsRead = new AtomicInteger();
    private final InMemoryActivityEvents store = new InMemoryActivityEvents();
    private final EventsMemo memo = new EventsMemo(new Counting());

    /** The store, counting the leads whose events are read in bulk. */
    private final class Counting extends ForwardingActivityEvents {
        Counting() {
            super(store);
        }

        @Override
        public Map<LeadId, List<ActivityEvent>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
            leadsRead.addAndGet(leads.size());
            return super.forLeads(workspace, leads);
        }
    }

    private static ActivityEvent event(String id, LeadId lead, Instant at) {
        return new ActivityEvent(WS, new EventId(id), lead, new EventType("page_view"), "pricing", at, Map.of());
    }

    @Test
    void givenAChunk_whenTheSameLeadsEventsAreReadAgain_thenEachLeadIsReadOnceAndTheAnswersEqualTheStores() {
        store.appendAbsent(List.of(event("e1", A, T2), event("e2", A, T1), event("e3", B, T3), event("e4", A, T3)));

        List<Object> inChunk = memo.during(() -> List.of(
                memo.forLeads(WS, List.of(A, C)),
                memo.forLeads(WS, List.of(A, B, C)),
                memo.forLead(WS, A, T1, T3, 10),
                memo.forLead(WS, A, T1, T3.plusSeconds(1), 2)));

        assertThat(leadsRead).as("a and c, then b alone").hasValue(3);
        assertThat(inChunk.get(0)).isEqualTo(store.forLeads(WS, List.of(A, C)));
        assertThat(inChunk.get(1)).isEqualTo(store.forLeads(WS, List.of(A, B, C)));
        assertThat(inChunk.get(2)).isEqualTo(store.forLead(WS, A, T1, T3, 10));
        assertThat(inChunk.get(3)).isEqualTo(store.forLead(WS, A, T1, T3.plusSeconds(1), 2));
    }

    @Test
    void givenAnEventAppendedInsideTheChunk_whenItsLeadIsReadAgain_thenTheEventIsSeen() {
        store.appendAbsent(List.of(event("e1", A, T1)));

        Map<LeadId, List<ActivityEvent>> after = memo.during(() -> {
            memo.forLeads(WS, List.of(A));
            memo.appendAbsent(List.of(event("e2", A, T2)));
            return memo.forLeads(WS, List.of(A));
        });

        assertThat(after.get(A)).containsExactly(event("e1", A, T1), event("e2", A, T2));
    }

    @Test
    void outsideAChunk_everyReadGoesToTheStore() {
        memo.forLeads(WS, List.of(A));
        memo.forLeads(WS, List.of(A));

        assertThat(leadsRead).hasValue(2);
    }
}
