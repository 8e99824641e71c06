package dev.leadscope.account.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventKindsTest {
    private static final List<String> SPECS = List.of("call", "page_view:pricing", "page_view:docs", "webinar:live");
    private static final EventKinds KINDS = EventKinds.of(SPECS);

    private static ActivityEvent event(String type, String category) {
        return new ActivityEvent(new WorkspaceId("ws"), new EventId("e1"), new LeadId("l1"), new EventType(type), category,
                Instant.parse("2024-06-03T00:00:00Z"), null);
    }

    @Test
    void aKindsSetMatchesExactlyTheEventsThatOneOfItsSpecsMatches() {
        List<ActivityEvent> events = List.of(event("call", null), event("call", "inbound"), event("page_view", "pricing"),
                event("page_view", "docs"), event("page_view", "blog"), event("page_view", null), event("webinar", "live"),
                event("webinar", "pricing"), event("calls", null), event("email_open", "pricing"), event("page_vie", "docs"));

        for (ActivityEvent e : events) {
            boolean expected = SPECS.stream().anyMatch(spec -> EventWeights.is(e, spec));
            assertThat(KINDS.matches(e)).as("%s:%s", e.type().name(), e.category()).isEqualTo(expected);
        }
        assertThat(events.stream().filter(KINDS::matches)).hasSize(5);
    }

    @Test
    void anEmptySetMatchesNothing() {
        assertThat(EventKinds.of(List.of()).matches(event("call", null))).isFalse();
    }

    @Test
    void aBlankKindIsRefused() {
        assertThatThrownBy(() -> EventKinds.of(List.of("call", " "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event kind");
    }
}
