package dev.leadscope.ml.snapshot;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.LeadId;
import org.junit.jupiter.api.Test;

/** An event's kept keys say whether its type is a sales touch or product use, with or without a category. */
class EventKeysTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final LeadId LEAD = new LeadId("l1");

    private EventKeys.Keys keys(String type, String category) {
        return EventKeys.of(anEvent(WS, "e-" + type + "-" + category, LEAD).type(new EventType(type)).category(category).at(T0).build());
    }

    @Test
    void salesTouchesAndProductUseAreToldByTheirTypeWhateverTheCategory() {
        assertThat(keys("call", null).salesTouch()).isTrue();
        assertThat(keys("meeting_booked", "demo").salesTouch()).isTrue();
        assertThat(keys("chat", null).productEvent()).isFalse();
        assertThat(keys("trial_signup", null).productEvent()).isTrue();
        assertThat(keys("product_usage", "dashboards").productEvent()).isTrue();
        assertThat(keys("product_usage", "dashboards").salesTouch()).isFalse();
        assertThat(keys("page_view", "pricing").salesTouch()).isFalse();
        assertThat(keys("page_view", "pricing").productEvent()).isFalse();
    }
}
