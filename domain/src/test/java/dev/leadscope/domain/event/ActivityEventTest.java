package dev.leadscope.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityEventTest {
    private static final Instant AT = Instant.parse("2025-03-01T09:00:00.123456789Z");

    private static ActivityEvent event(String category, Instant at, Map<String, String> properties) {
        return new ActivityEvent(WorkspaceId.DEFAULT, new EventId("e1"), new LeadId("l1"), new EventType("Page View"), category, at, properties);
    }

    @Test
    void givenATypeAndCategoryReadAsNewStrings_whenCreated_thenTheEventHoldsTheTextsWrittenInCode() {
        ActivityEvent e = new ActivityEvent(WorkspaceId.DEFAULT, new EventId("e1"), new LeadId("l1"),
                new EventType(new String("interning_check")), new String("interning_check_category"), AT, null);

        assertThat(e.type().name()).isSameAs("interning_check");
        assertThat(e.category()).isSameAs("interning_check_category");
    }

    @Test
    void givenNanosecondTime_whenCreated_thenKeptToTheMicrosecondLikeEveryStore() {
        assertThat(event(null, AT, null).occurredAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00.123456Z"));
    }

    @Test
    void givenTheSameContent_whenFingerprinted_thenEqual_andAnyChangedFieldChangesIt() {
        String base = event("pricing", AT, Map.of("a", "1")).fingerprint();
        assertThat(event("pricing", AT, Map.of("a", "1")).fingerprint()).isEqualTo(base);
        assertThat(event("docs", AT, Map.of("a", "1")).fingerprint()).isNotEqualTo(base);
        assertThat(event("pricing", AT.plusSeconds(1), Map.of("a", "1")).fingerprint()).isNotEqualTo(base);
        assertThat(event("pricing", AT, Map.of("a", "2")).fingerprint()).isNotEqualTo(base);
    }

    @Test
    void givenAnEventWithProperties_whenTakenWithoutThem_thenEverythingElseIsKept() {
        ActivityEvent whole = event("pricing", AT, Map.of("url", "/pricing"));

        ActivityEvent behaviour = whole.withoutProperties();

        assertThat(behaviour.properties()).isEmpty();
        assertThat(behaviour).usingRecursiveComparison().ignoringFields("properties").isEqualTo(whole);
        ActivityEvent bare = event("pricing", AT, null);
        assertThat(bare.withoutProperties()).isSameAs(bare);
    }

    @Test
    void givenEventsOfOneTypeAndCategory_whenCreatedApart_thenTheyHoldTheSameTypeAndCategoryObjects() {
        ActivityEvent first = event(new String("pricing"), AT, null);
        ActivityEvent second = event(new String(" pricing "), AT, null);
        assertThat(second.type()).isSameAs(first.type());
        assertThat(second.category()).isSameAs(first.category()).isEqualTo("pricing");
        assertThat(event("docs", AT, null).category()).isEqualTo("docs");
    }

    @Test
    void givenACrmActivityName_whenTyped_thenNormalisedToLowerSnakeCase() {
        assertThat(event(null, AT, null).type()).isEqualTo(EventType.PAGE_VIEW);
        assertThat(new EventType("Email Opened").name()).isEqualTo("email_opened");
    }

    @Test
    void givenMissingTimeOrBadProperties_whenCreated_thenTheFieldIsNamed() {
        assertThatThrownBy(() -> event(null, null, null)).hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> event(null, AT, Map.of(" ", "x"))).hasMessageContaining("properties");
        assertThatThrownBy(() -> new EventType("  ")).hasMessageContaining("type");
    }
}
