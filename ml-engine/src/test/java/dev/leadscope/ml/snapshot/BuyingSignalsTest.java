package dev.leadscope.ml.snapshot;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.Seniority;
import dev.leadscope.domain.lead.TitleProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The buying-progress block sees only what happened before t, across the committee; format 2 rows stay as they were. */
class BuyingSignalsTest {
    private static final WorkspaceId WS = Fixtures.freshWorkspace();
    private static final Instant T = Instant.parse("2024-06-10T00:00:00Z");
    private static final Account ACCOUNT = anAccount(WS, "acc-1").build();
    private static final Lead LEAD = aLead(WS, "lead-1").account("acc-1").title("Marketing Manager")
            .createdAt(T.minus(Duration.ofDays(60))).build();
    private static final Lead CFO = economicBuyer(aLead(WS, "lead-2").account("acc-1").title("CFO")
            .createdAt(T.minus(Duration.ofDays(20))).build());
    private static final Lead LATER = aLead(WS, "lead-3").account("acc-1").title("CFO")
            .createdAt(T.plus(Duration.ofDays(1))).build();
    private static final List<String> KEYS = List.of("page_view", "call");
    private int ids;

    private static Lead economicBuyer(Lead l) {
        return new Lead(l.workspace(), l.id(), l.accountId(), l.firstName(), l.lastName(), l.email(), l.title(),
                new TitleProfile(Seniority.C_LEVEL, CommitteeRole.ECONOMIC_BUYER), l.source(), l.owner(), l.createdAt(),
                l.consent(), l.attributes());
    }

    private ActivityEvent event(Lead lead, EventType type, Instant at) {
        return anEvent(WS, "ev-" + ids++, lead.id()).type(type).at(at).build();
    }

    private static IntentSignal intent(LocalDate week, int score) {
        return new IntentSignal(WS, new AccountId("acc-1"), "lead scoring", week, score, "bombora");
    }

    private LeadHistory history() {
        List<ActivityEvent> own = List.of(event(LEAD, EventType.PAGE_VIEW, T.minus(Duration.ofDays(50))),
                event(LEAD, EventType.PAGE_VIEW, T.minus(Duration.ofDays(3))));
        List<ActivityEvent> cfo = List.of(event(CFO, EventType.TRIAL_SIGNUP, T.minus(Duration.ofDays(15))),
                event(CFO, EventType.CALL, T.minus(Duration.ofDays(2))), event(CFO, EventType.CALL, T.plusSeconds(5)));
        List<IntentSignal> intent = new ArrayList<>();
        LocalDate monday = LocalDate.of(2024, 6, 10);
        intent.add(intent(monday.minusWeeks(1), 90)); // the week ending at t: known at t from format 4 on
        intent.add(intent(monday.minusWeeks(2), 50));
        intent.add(intent(monday.minusWeeks(3), 10));
        intent.add(intent(monday.minusWeeks(4), 40));
        return new LeadHistory(LEAD, ACCOUNT, own, List.of(), intent, List.of(), List.of(
                new LeadHistory.Colleague(CFO, cfo, List.of()),
                new LeadHistory.Colleague(LATER, List.of(event(LATER, EventType.CALL, T.minus(Duration.ofDays(1)))), List.of())));
    }

    private static Map<String, String> row(int format, LeadHistory h) {
        SnapshotFeatures features = new SnapshotFeatures(new SnapshotSpec(format, KEYS, Map.of(), Map.of()));
        return features.asMap(features.row(h, T));
    }

    @Test
    void givenCommitteeActivity_whenSnapshotTaken_thenTheBuyingSignalsCountOnlyMembersAndEventsBeforeT() {
        Map<String, String> row = row(SnapshotSpec.FORMAT, history());

        // the CFO joined 20 days before t; the lead 60 days before; the third member only after t
        assertThat(row.get("acct.leads_joined_28d")).isEqualTo("1");
        assertThat(row.get("acct.economic_buyer_days")).isEqualTo("20");
        // events 3, 2 and 15 days before t fall in weeks 0, 0 and 2; the one 50 days before in week 7
        assertThat(row.get("acct.active_weeks_8w")).isEqualTo("3");
        assertThat(row.get("acct.events_per_member_14d")).isEqualTo("1");
        assertThat(row.get("acct.sales_touches_14d")).isEqualTo("1");
        assertThat(row.get("acct.product_first_days")).isEqualTo("15");
        assertThat(row.get("acct.first_activity_days")).isEqualTo("50");
        // known weeks: 90 (the week ending at t), 50 and 40 are above 30, 10 is not
        assertThat(row.get("intent.weeks_above_30_12w")).isEqualTo("3");
        // format 3 knew a week only strictly after its end
        assertThat(row(3, history()).get("intent.weeks_above_30_12w")).isEqualTo("2");
    }

    @Test
    void givenFormat2Spec_whenRowBuilt_thenItHasExactlyTheColumnsOfFormat2() {
        Map<String, String> old = row(2, history());
        Map<String, String> now = row(3, history());

        assertThat(old.keySet()).doesNotContainAnyElementsOf(BuyingSignals.COLUMNS);
        assertThat(now.keySet()).containsAll(BuyingSignals.COLUMNS);
        assertThat(now.keySet()).hasSize(old.size() + BuyingSignals.COLUMNS.size());
        old.forEach((column, cell) -> assertThat(now.get(column)).as(column).isEqualTo(cell));
    }
}
