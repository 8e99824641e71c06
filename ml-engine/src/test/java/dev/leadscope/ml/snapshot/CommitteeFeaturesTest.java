package dev.leadscope.ml.snapshot;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committee block sees the whole account before t: its activity, roles, journey order and what notes say. */
class CommitteeFeaturesTest {
    private static final WorkspaceId WS = Fixtures.freshWorkspace();
    private static final Instant T = Instant.parse("2024-06-10T00:00:00Z");
    private static final Account ACCOUNT = anAccount(WS, "acc-1").build();
    private static final Lead LEAD = aLead(WS, "lead-1").account("acc-1").title("Marketing Manager")
            .createdAt(T.minus(Duration.ofDays(60))).build();
    private static final Lead CFO = aLead(WS, "lead-2").account("acc-1").title("CFO")
            .createdAt(T.minus(Duration.ofDays(20))).build();
    private static final Lead LATER = aLead(WS, "lead-3").account("acc-1").title("CFO")
            .createdAt(T.plus(Duration.ofDays(1))).build();
    private final SnapshotFeatures features = new SnapshotFeatures(new SnapshotSpec(SnapshotSpec.FORMAT,
            List.of("page_view", "page_view:pricing"), Map.of(), Map.of()));
    private int ids;

    private ActivityEvent view(Lead lead, String category, Instant at) {
        return anEvent(WS, "ev-" + ids++, lead.id()).type(EventType.PAGE_VIEW).category(category).at(at).build();
    }

    private Note note(Lead lead, String text, Instant at) {
        return new Note(WS, new NoteId("n-" + ids++), lead.id(), "call", "Rep", text, at);
    }

    private Map<String, String> row(List<ActivityEvent> own, List<ActivityEvent> cfo, List<Note> ownNotes, List<Note> cfoNotes) {
        LeadHistory h = new LeadHistory(LEAD, ACCOUNT, own, ownNotes, List.of(), List.of(), List.of(
                new LeadHistory.Colleague(CFO, cfo, List.of(), cfoNotes),
                new LeadHistory.Colleague(LATER, List.of(view(LATER, "pricing", T.minus(Duration.ofDays(1)))), List.of())));
        return features.asMap(features.row(h, T));
    }

    @Test
    void givenColleagueActivity_whenSnapshotTaken_thenAccountCountsIncludeItButNotMembersWhoJoinLater() {
        Map<String, String> row = row(List.of(view(LEAD, "blog", T.minus(Duration.ofDays(3)))),
                List.of(view(CFO, "pricing", T.minus(Duration.ofDays(2))), view(CFO, "pricing", T.plusSeconds(1))),
                List.of(), List.of());

        assertThat(row.get("acct.ev.all.n7")).isEqualTo("2");
        assertThat(row.get("acct.ev.page_view:pricing.n7")).isEqualTo("1");
        assertThat(row.get("acct.leads_active_7d")).isEqualTo("2");
        // the lead and the CFO are on the committee at t; the member who joins later is not yet
        int members = 0;
        for (dev.leadscope.domain.lead.CommitteeRole r : dev.leadscope.domain.lead.CommitteeRole.values()) {
            members += Integer.parseInt(row.get("acct.role." + r.name().toLowerCase(java.util.Locale.ROOT)));
        }
        assertThat(members).isEqualTo(2);
        assertThat(row.get("ev.all.n7")).isEqualTo("1");
    }

    @Test
    void givenCaseStudyThenPricingBySomeone_whenSnapshotTaken_thenTheJourneyAgeIsKnownAndTheOtherOrderIsNot() {
        Map<String, String> row = row(List.of(), List.of(view(CFO, "case_study", T.minus(Duration.ofDays(5))),
                view(CFO, "pricing", T.minus(Duration.ofDays(4)))), List.of(), List.of());

        assertThat(Double.parseDouble(row.get("acct.journey.case_study_then_pricing_days"))).isEqualTo(4.0);
        assertThat(row.get("acct.journey.pricing_then_case_study_days")).isNull();
    }

    @Test
    void givenNotesWithCuesOfEachPolarity_whenSnapshotTaken_thenRecentOnesAreCountedByPolarityAcrossTheAccount() {
        Map<String, String> row = row(List.of(), List.of(),
                List.of(note(LEAD, "Intro call. No budget this year. Just researching.", T.minus(Duration.ofDays(40))),
                        note(LEAD, "Follow-up. Might have budget next quarter.", T.minus(Duration.ofDays(10)))),
                List.of(note(CFO, "Budget approved for Q3. Decision by end of quarter.", T.minus(Duration.ofDays(2))),
                        note(CFO, "No budget after all.", T.plusSeconds(10))));

        assertThat(row.get("notes.cues_negative_30d")).isEqualTo("0");
        assertThat(row.get("notes.cues_hedged_30d")).isEqualTo("1");
        assertThat(row.get("acct.notes.count_30d")).isEqualTo("2");
        assertThat(row.get("acct.notes.cues_positive_30d")).isEqualTo("2");
        assertThat(row.get("acct.notes.last_net")).isEqualTo("2");
    }
}
