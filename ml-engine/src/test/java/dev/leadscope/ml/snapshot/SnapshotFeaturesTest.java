package dev.leadscope.ml.snapshot;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static dev.leadscope.domain.fixtures.Fixtures.intent;
import static dev.leadscope.domain.fixtures.Fixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Snapshot rows see only what happened strictly before their moment, and count it in the right windows. */
class SnapshotFeaturesTest {
    private static final WorkspaceId WS = Fixtures.freshWorkspace();
    private static final Instant T = Instant.parse("2024-06-10T00:00:00Z");
    private static final Account ACCOUNT = anAccount(WS, "acc-1").industry("Software").employees(250).build();
    private static final Lead LEAD = aLead(WS, "lead-1").account("acc-1").title("VP of Marketing")
            .createdAt(T.minus(Duration.ofDays(120))).build();
    private static final Lead COLLEAGUE = aLead(WS, "lead-2").account("acc-1").title("CFO")
            .createdAt(T.minus(Duration.ofDays(100))).build();
    private static final SnapshotSpec SPEC = new SnapshotSpec(SnapshotSpec.FORMAT,
            List.of("page_view", "page_view:pricing", "email_open"), Map.of(), Map.of());
    private final SnapshotFeatures features = new SnapshotFeatures(SPEC);
    private int ids;

    private ActivityEvent event(Lead lead, EventType type, String category, Instant at) {
        return anEvent(WS, "ev-" + ids++, lead.id()).type(type).category(category).at(at).build();
    }

    private Note note(String text, Instant at) {
        return new Note(WS, new NoteId("note-" + ids++), LEAD.id(), "call", "Rep", text, at);
    }

    private LeadHistory history(List<ActivityEvent> events, List<Note> notes, List<IntentSignal> intent,
                                List<ActivityEvent> colleagueEvents, List<Outcome> colleagueOutcomes) {
        return new LeadHistory(LEAD, ACCOUNT, events, notes, intent, List.of(),
                List.of(new LeadHistory.Colleague(COLLEAGUE, colleagueEvents, colleagueOutcomes)));
    }

    private List<ActivityEvent> pastEvents() {
        return new ArrayList<>(List.of(
                event(LEAD, EventType.PAGE_VIEW, "pricing", T.minus(Duration.ofDays(2))),
                event(LEAD, EventType.PAGE_VIEW, "pricing", T.minus(Duration.ofDays(6))),
                event(LEAD, EventType.PAGE_VIEW, "blog", T.minus(Duration.ofDays(10))),
                event(LEAD, EventType.EMAIL_OPEN, null, T.minus(Duration.ofDays(40))),
                event(LEAD, EventType.PAGE_VIEW, null, T.minus(Duration.ofDays(100))),
                event(LEAD, EventType.PAGE_VIEW, "pricing", T.minus(Duration.ofSeconds(1)))));
    }

    @Test
    void givenEventsInEachWindow_whenSnapshotTaken_thenCountsRecencyAndVelocityMatchTheWindows() {
        Map<String, String> row = features.asMap(features.row(history(pastEvents(), List.of(), List.of(), List.of(), List.of()), T));

        assertThat(row.get("ev.page_view:pricing.n7")).isEqualTo("3");
        assertThat(row.get("ev.page_view.n7")).isEqualTo("3");
        assertThat(row.get("ev.page_view.n30")).isEqualTo("4");
        assertThat(row.get("ev.page_view.n90")).isEqualTo("4");
        assertThat(row.get("ev.all.n90")).isEqualTo("5");
        assertThat(Double.parseDouble(row.get("ev.page_view:pricing.recency_days"))).isCloseTo(1.0 / 86400, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Double.parseDouble(row.get("ev.email_open.recency_days"))).isEqualTo(40.0);
        // 3 in the last 7 days against 1 in the 21 days before (1/3 a week)
        assertThat(Double.parseDouble(row.get("ev.page_view.velocity"))).isCloseTo(3 - 1 / 3.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(row.get("ev.email_open.n7")).isEqualTo("0");
        assertThat(row.get("industry")).isEqualTo("Software");
        assertThat(row.get("seniority")).isEqualTo("VP");
        assertThat(row.get("lead_age_days")).isEqualTo("120");
    }

    @Test
    void givenAKeyWithNoEvents_whenSnapshotTaken_thenZeroCountsAndUnknownRecency() {
        Map<String, String> row = features.asMap(features.row(history(List.of(), List.of(), List.of(), List.of(), List.of()), T));

        assertThat(row.get("ev.email_open.n90")).isEqualTo("0");
        assertThat(row.get("ev.email_open.recency_days")).isNull();
        assertThat(row.get("notes.text")).isNull();
        assertThat(row.get("intent.max_4w")).isNull();
    }

    @Test
    void givenAnythingAtOrAfterT_whenAdded_thenTheRowAtTIsUnchanged() {
        List<ActivityEvent> events = pastEvents();
        List<Note> notes = new ArrayList<>(List.of(note("They have budget approved.", T.minus(Duration.ofDays(3)))));
        List<IntentSignal> intent = new ArrayList<>(List.of(intent(WS, ACCOUNT.id(), "lead scoring", LocalDate.of(2024, 5, 27), 55)));
        List<ActivityEvent> team = new ArrayList<>(List.of(event(COLLEAGUE, EventType.MEETING_BOOKED, null, T.minus(Duration.ofDays(5)))));
        List<Outcome> teamOutcomes = new ArrayList<>();
        String[] before = features.row(history(events, notes, intent, team, teamOutcomes), T);

        events.add(event(LEAD, EventType.PAGE_VIEW, "pricing", T));
        events.add(event(LEAD, EventType.EMAIL_OPEN, null, T.plus(Duration.ofDays(1))));
        notes.add(note("Not interested, no budget, pricing too high, competitor chosen.", T));
        // the week of June 10 ends after T (the week of June 3 ends at T and counts from T on: IntentWeekRuleTest)
        intent.add(intent(WS, ACCOUNT.id(), "crm", LocalDate.of(2024, 6, 10), 90));
        team.add(event(COLLEAGUE, EventType.TRIAL_SIGNUP, null, T));
        teamOutcomes.add(outcome(WS, "out-1", COLLEAGUE.id(), OutcomeKind.WON, T));
        String[] after = features.row(history(events, notes, intent, team, teamOutcomes), T);

        assertThat(after).containsExactly(before);
        assertThat(features.row(history(events, notes, intent, team, teamOutcomes), T.plusSeconds(1)))
                .isNotEqualTo(before);
    }

    @Test
    void givenNotesIntentAndCommittee_whenSnapshotTaken_thenContextFeaturesSeeThem() {
        List<Note> notes = List.of(note("Budget is set aside; she is the decision maker.", T.minus(Duration.ofDays(3))),
                note("Wants to go live in 6 weeks.", T.minus(Duration.ofDays(1))));
        List<IntentSignal> intent = List.of(intent(WS, ACCOUNT.id(), "lead scoring", LocalDate.of(2024, 5, 27), 80),
                intent(WS, ACCOUNT.id(), "lead scoring", LocalDate.of(2024, 4, 1), 20));
        List<ActivityEvent> team = List.of(event(COLLEAGUE, EventType.MEETING_BOOKED, null, T.minus(Duration.ofDays(5))));
        List<Outcome> teamOutcomes = List.of(outcome(WS, "out-1", COLLEAGUE.id(), OutcomeKind.LOST, T.minus(Duration.ofDays(1))));

        Map<String, String> row = features.asMap(features.row(history(List.of(), notes, intent, team, teamOutcomes), T));

        assertThat(row.get("notes.count")).isEqualTo("2");
        assertThat(row.get("notes.says_budget")).isEqualTo("1");
        assertThat(row.get("notes.says_decision")).isEqualTo("1");
        assertThat(row.get("notes.says_timeline")).isEqualTo("1");
        assertThat(row.get("notes.text")).contains("go live");
        assertThat(row.get("intent.max_4w")).isEqualTo("80");
        assertThat(row.get("intent.trend")).isEqualTo("60");
        assertThat(row.get("intent.hot_topics_4w")).isEqualTo("1");
        assertThat(row.get("team.members")).isEqualTo("1");
        assertThat(row.get("team.active_30d")).isEqualTo("1");
        assertThat(row.get("team.senior_active_30d")).isEqualTo("1");
        assertThat(row.get("team.lost_before")).isEqualTo("1");
    }

    @Test
    void givenHistoriesWithCustomAttributes_whenSpecLearned_thenFrequentKeysAndAttributeTypesBecomeColumns() {
        Lead withAttrs = aLead(WS, "lead-9").attributes(Fixtures.attributesOfEveryType()).createdAt(T).build();
        List<ActivityEvent> events = pastEvents();
        SnapshotSpec spec = SnapshotSpec.learn(List.of(new LeadHistory(withAttrs, null, events, null, null, null, null)), 10, 2);

        assertThat(spec.eventKeys()).containsExactly("page_view", "page_view:pricing");
        assertThat(spec.columns().names()).contains("ev.page_view:pricing.decayed", "ev.all.n7")
                .doesNotContain("ev.email_open.n7");
        assertThat(spec.leadAttributes()).isNotEmpty();
        Set<String> attrColumns = Set.copyOf(spec.columns().names().stream().filter(n -> n.startsWith("attr.lead.")).toList());
        assertThat(attrColumns).hasSize(spec.leadAttributes().size());
    }

    @Test
    void givenSpecOfAnotherFormat_whenFeaturesBuilt_thenRefusedNamingTheFormats() {
        assertThatThrownBy(() -> new SnapshotFeatures(new SnapshotSpec(99, List.of(), Map.of(), Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
    }
}
