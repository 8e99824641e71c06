package dev.leadscope.account.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.Map;
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

    @Test
    void aCategoryWeightComesFirstThenTheTypeWeightThenTheOtherWeight() {
        EventWeights weights = new EventWeights(Map.of("page_view", 1.0, "page_view:pricing", 3.0, "webinar:live", 4.0), 0.25);

        assertThat(weights.weight(event("page_view", "pricing"))).isEqualTo(3.0);
        assertThat(weights.weight(event("page_view", "blog"))).isEqualTo(1.0);
        assertThat(weights.weight(event("page_view", null))).isEqualTo(1.0);
        assertThat(weights.weight(event("webinar", "live"))).isEqualTo(4.0);
        assertThat(weights.weight(event("webinar", "recorded"))).isEqualTo(0.25);
        assertThat(weights.weight(event("webinar", null))).isEqualTo(0.25);
        assertThat(weights.weight(event("call", "pricing"))).isEqualTo(0.25);
    }

    @Test
    void weightsAreEqualWhenTheirWeightsAre() {
        assertThat(new EventWeights(Map.of("call", 3.0), 1.0)).isEqualTo(new EventWeights(Map.of("call", 3.0), 1.0))
                .hasSameHashCodeAs(new EventWeights(Map.of("call", 3.0), 1.0))
                .isNotEqualTo(new EventWeights(Map.of("call", 3.0), 0.5))
                .isNotEqualTo(new EventWeights(Map.of("call", 2.0), 1.0));
    }

    @Test
    void aNegativeOrInfiniteWeightIsRefusedNamingItsKind() {
        assertThatThrownBy(() -> new EventWeights(Map.of("page_view:pricing", -1.0), 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights.page_view:pricing");
        assertThatThrownBy(() -> new EventWeights(Map.of(), Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("otherWeight");
    }
}
