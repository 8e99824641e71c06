package dev.leadscope.qualification.bant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.FundingStage;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import dev.leadscope.domain.bant.CriterionAssessment;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.Seniority;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.lead.TitleProfile;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BantAssessorTest {
    static final Instant NOW = Instant.parse("2024-10-15T10:00:00Z");
    static final WorkspaceId WS = Fixtures.freshWorkspace();
    private final BantAssessor assessor = BantAssessor.withDefaults();

    static Lead lead(String id, String title) {
        TitleProfile profile = new TitlePolicy().classify(title);
        return new Lead(WS, new LeadId(id), new AccountId("acc-1"), "Dana", "Okafor", null, title, profile, null, null,
                NOW.minus(Duration.ofDays(60)), null, null);
    }

    static Account account(Firmographics f, Technographics t, LocalDate renewal) {
        return new Account(WS, new AccountId("acc-1"), "Acme", null, f, t, renewal, null, NOW.minus(Duration.ofDays(400)));
    }

    static Firmographics firmographics(Double revenue, Integer employees, FundingStage stage, Integer fyEnd, Set<String> hiring) {
        return new Firmographics("Software", employees, revenue, null, null, hiring, stage, null, "DE", "EMEA", null, fyEnd);
    }

    static Note note(String id, String text, Duration ago) {
        return new Note(WS, new NoteId(id), new LeadId("l-1"), "call", "rep.anna", text, NOW.minus(ago));
    }

    static ActivityEvent event(String id, EventType type, String category) {
        return new ActivityEvent(WS, new EventId(id), new LeadId("l-1"), type, category, NOW.minus(Duration.ofDays(3)), null);
    }

    @Test
    void givenALargeFundedAccountAndAVp_whenAssessedWithoutNotes_thenBudgetAndAuthorityAreMetFromData() {
        Account acc = account(firmographics(42e6, 300, FundingStage.SERIES_C, null, Set.of()), Technographics.NONE, null);
        var bant = assessor.assess(new LeadContext(lead("l-1", "VP Sales"), acc, List.of(), List.of(), List.of(), List.of(), NOW));
        assertThat(bant.get(BantCriterion.BUDGET).status()).isEqualTo(BantStatus.MET);
        assertThat(bant.get(BantCriterion.BUDGET).decisive().detail()).isEqualTo("annual revenue 42.0 M");
        assertThat(bant.get(BantCriterion.BUDGET).evidence()).hasSize(3);
        assertThat(bant.get(BantCriterion.AUTHORITY).status()).isEqualTo(BantStatus.MET);
        assertThat(bant.get(BantCriterion.AUTHORITY).decisive().detail()).contains("'VP Sales'", "vp", "executive sponsor");
        assertThat(bant.get(BantCriterion.NEED).status()).isEqualTo(BantStatus.UNKNOWN);
        assertThat(bant.get(BantCriterion.TIMELINE).status()).isEqualTo(BantStatus.UNKNOWN);
    }

    @Test
    void givenATinyAccountAndAnAnalyst_whenAssessed_thenBudgetAndAuthorityAreNotMet() {
        Account acc = account(firmographics(400e3, 8, FundingStage.PRE_SEED, null, Set.of()), Technographics.NONE, null);
        var bant = assessor.assess(new LeadContext(lead("l-1", "Marketing Analyst"), acc, List.of(), List.of(), List.of(), List.of(), NOW));
        assertThat(bant.get(BantCriterion.BUDGET).status()).isEqualTo(BantStatus.NOT_MET);
        assertThat(bant.get(BantCriterion.AUTHORITY).status()).isEqualTo(BantStatus.NOT_MET);
    }

    @Test
    void givenAnEngagedEconomicBuyer_whenAnAnalystIsAssessed_thenAuthorityIsPartly() {
        Account acc = account(Firmographics.UNKNOWN, Technographics.NONE, null);
        var bant = assessor.assess(new LeadContext(lead("l-1", "Marketing Analyst"), acc, List.of(), List.of(), List.of(),
                List.of(lead("l-2", "CFO")), NOW));
        CriterionAssessment a = bant.get(BantCriterion.AUTHORITY);
        assertThat(a.status()).isEqualTo(BantStatus.PARTLY);
        assertThat(a.decisive().source()).isEqualTo("account.committee");
        assertThat(a.decisive().detail()).contains("CFO");
    }

    @Test
    void givenIntentCompetitorAndProblemContent_whenAssessed_thenNeedIsMetWithEachPieceListed() {
        Account acc = account(Firmographics.UNKNOWN, new Technographics(Set.of(), Set.of("LeadRank")), null);
        var intent = List.of(Fixtures.intent(WS, acc.id(), "lead scoring", LocalDate.of(2024, 10, 7), 71));
        var events = List.of(event("e1", EventType.PAGE_VIEW, "case_study"), event("e2", EventType.CONTENT_DOWNLOAD, null));
        var bant = assessor.assess(new LeadContext(lead("l-1", "Sales Ops Manager"), acc, events, intent, List.of(), List.of(), NOW));
        CriterionAssessment need = bant.get(BantCriterion.NEED);
        assertThat(need.status()).isEqualTo(BantStatus.MET);
        assertThat(need.evidence()).extracting(e -> e.source()).containsExactly("intent", "account.competitorProducts", "events");
        assertThat(need.evidence().get(2).verdict()).isEqualTo(BantStatus.PARTLY);
        assertThat(need.evidence().get(2).detail()).isEqualTo("2 problem-related content views in 90 days");
    }

    @Test
    void givenPageCategoriesInAnyCase_whenAssessedAgainAndAgain_thenEachCountsAsItsLowerCaseFormDoes() {
        Account acc = account(Firmographics.UNKNOWN, Technographics.NONE, null);
        var events = List.of(event("e1", EventType.PAGE_VIEW, "Case_Study"), event("e2", EventType.PAGE_VIEW, "CASE_STUDY"),
                event("e3", EventType.PAGE_VIEW, "Blog"), event("e4", EventType.PAGE_VIEW, "case_study"));
        LeadContext ctx = new LeadContext(lead("l-1", "Sales Ops Manager"), acc, events, List.of(), List.of(), List.of(), NOW);

        for (int round = 0; round < 3; round++) {
            CriterionAssessment need = assessor.assess(ctx).get(BantCriterion.NEED);
            assertThat(need.evidence()).extracting(e -> e.detail()).containsExactly("3 problem-related content views in 90 days");
        }
    }

    @Test
    void givenARenewalSoonAFiscalYearEndAndRevenueHiring_whenAssessed_thenTimelineIsMetByTheRenewal() {
        Account acc = account(firmographics(null, null, null, 12, Set.of("revenue operations", "finance")),
                new Technographics(Set.of(), Set.of("ScoreWell")), LocalDate.of(2024, 12, 31));
        var bant = assessor.assess(new LeadContext(lead("l-1", "CTO"), acc, List.of(), List.of(), List.of(), List.of(), NOW));
        CriterionAssessment t = bant.get(BantCriterion.TIMELINE);
        assertThat(t.status()).isEqualTo(BantStatus.MET);
        assertThat(t.evidence()).extracting(e -> e.source())
                .containsExactly("account.contractRenewalDate", "account.fiscalYearEndMonth", "account.hiringFor");
        assertThat(t.evidence().get(2).detail()).isEqualTo("hiring for revenue operations");
        Account later = account(firmographics(null, null, null, 6, Set.of()), Technographics.NONE, LocalDate.of(2025, 9, 1));
        assertThat(assessor.assess(new LeadContext(lead("l-1", "CTO"), later, List.of(), List.of(), List.of(), List.of(), NOW))
                .get(BantCriterion.TIMELINE).status()).isEqualTo(BantStatus.UNKNOWN);
    }

    @Test
    void givenNotesThatContradictTheData_whenAssessed_thenTheNewestNoteDecidesAndDataFollowsAsEvidence() {
        Account acc = account(firmographics(90e6, 900, FundingStage.PUBLIC, null, Set.of()), Technographics.NONE, null);
        List<Note> notes = List.of(
                note("n-old", "Budget approved for Q3.", Duration.ofDays(40)),
                note("n-new", "Intro call with Sam. No budget this year. We might need SSO.", Duration.ofDays(2)));
        Map<BantCriterion, CriterionAssessment> bant = assessor.assess(new LeadContext(lead("l-1", "Director of IT"), acc,
                List.of(), List.of(), notes, List.of(), NOW));
        CriterionAssessment budget = bant.get(BantCriterion.BUDGET);
        assertThat(budget.status()).isEqualTo(BantStatus.NOT_MET);
        assertThat(budget.decisive().source()).isEqualTo("note n-new");
        assertThat(budget.decisive().detail()).isEqualTo("\"No budget this year.\" (no budget)");
        assertThat(budget.evidence().get(1).source()).isEqualTo("note n-old");
        assertThat(budget.evidence()).extracting(e -> e.source()).contains("account.annualRevenue");
        assertThat(bant.get(BantCriterion.NEED).status()).isEqualTo(BantStatus.PARTLY);
        assertThat(bant.get(BantCriterion.NEED).decisive().detail()).endsWith("(need, hedged)");
        assertThat(bant.get(BantCriterion.AUTHORITY).status()).isEqualTo(BantStatus.PARTLY);
    }

    @Test
    void givenALeadWithoutAccountOrTitle_whenAssessed_thenEverythingIsUnknown() {
        Lead bare = new Lead(WS, new LeadId("l-9"), null, null, null, null, null, null, null, null, NOW, null, null);
        var bant = assessor.assess(new LeadContext(bare, null, List.of(), List.of(), List.of(), List.of(), NOW));
        assertThat(bant.values()).allMatch(a -> a.status() == BantStatus.UNKNOWN && a.evidence().isEmpty());
        assertThat(bare.titleProfile()).isEqualTo(new TitleProfile(Seniority.UNKNOWN, CommitteeRole.UNKNOWN));
    }
}
