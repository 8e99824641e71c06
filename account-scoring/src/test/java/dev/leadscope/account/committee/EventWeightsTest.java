package dev.leadscope.account.committee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventWeightsTest {
    private static ActivityEvent event(String type, String category) {
        return new ActivityEvent(new WorkspaceId("ws"), new EventId("e1"), new LeadId("l1"), new EventType(type), category,
                Instant.parse("2024-06-03T00:00:00Z"), null);
    }

    @Test
    void aSpecWithoutCategoryMatchesTheTypeWhateverTheCategory() {
        assertThat(EventWeights.is(event("page_view", "pricing"), "page_view")).isTrue();
        assertThat(EventWeights.is(event("page_view", null), "page_view")).isTrue();
        assertThat(EventWeights.is(event("page_views", null), "page_view")).isFalse();
        assertThat(EventWeights.is(event("page", null), "page_view")).isFalse();
    }

    @Test
    void aSpecWithCategoryMatchesOnlyThatTypeAndCategory() {
        assertThat(EventWeights.is(event("page_view", "pricing"), "page_view:pricing")).isTrue();
        assertThat(EventWeights.is(event("page_view", "docs"), "page_view:pricing")).isFalse();
        assertThat(EventWeights.is(event("page_view", "pricing_page"), "page_view:pricing")).isFalse();
        assertThat(EventWeights.is(event("page_view", "pric"), "page_view:pricing")).isFalse();
        assertThat(EventWeights.is(event("page_view", null), "page_view:pricing")).isFalse();
        assertThat(EventWeights.is(event("page_vie", "pricing"), "page_view:pricing")).isFalse();
        assertThat(EventWeights.is(event("email_open", "pricing"), "page_view:pricing")).isFalse();
    }
}
