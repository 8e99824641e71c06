package dev.leadscope.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.FundingStage;
import dev.leadscope.domain.account.Surge;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import dev.leadscope.domain.bant.NextAction;
import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.port.in.QualifyLeadUseCase.RepLoad;
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import dev.leadscope.domain.scoring.ConversionProbability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QualificationServiceTest {
    static final Instant NOW = Instant.parse("2024-10-15T10:00:00Z");
    final WorkspaceId ws = Fixtures.freshWorkspace();
    final InMemoryLeads leads = new InMemoryLeads();
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final InMemoryActivityEvents events = new InMemoryActivityEvents();
    final InMemoryIntentSignals intent = new InMemoryIntentSignals();
    final InMemoryNotes notes = new InMemoryNotes();
    final InMemoryLeadScores scores = new InMemoryLeadScores();
    BuyingStage accountStage = BuyingStage.CONSIDERATION;
    final ScoreAccountUseCase stages = (w, a) -> new AccountScore(w, a, new ConversionProbability(0.2), AccountScore.Method.COMBINED,
            Map.of(), Map.of(), accountStage, new Surge(0, 0, 1, false), List.of(), List.of(), NOW);
    QualificationService service;

    @BeforeEach
    void setUp() {
        service = new QualificationService(leads, accounts, events, intent, notes, scores, stages,
                Clock.fixed(NOW, ZoneOffset.UTC), QualificationSettings.defaults());
        accounts.save(new Account(ws, new AccountId("acc-1"), "Acme", null,
                new Firmographics("Software", 350, 60e6, null, null, null, FundingStage.SERIES_B, null, null, null, null, null),
                Technographics.NONE, null, null, NOW.minus(Duration.ofDays(300))));
    }

    Lead lead(String id, String title, String owner) {
        Lead lead = new Lead(ws, new LeadId(id), new AccountId("acc-1"), "Kim", "Lee", null, title, new TitlePolicy().classify(title),
                null, owner == null ? null : new RepId(owner), NOW.minus(Duration.ofDays(30)), null, null);
        leads.save(lead);
        return lead;
    }

    void note(LeadId lead, String text) {
        notes.save(new Note(ws, new NoteId("n-" + text.hashCode()), lead, "call", "rep.anna", text, NOW.minus(Duration.ofDays(1))));
    }

    @Test
    void givenATopScoredVpWithBudgetNeedAndTimelineInNotes_whenQualified_thenSalesReadyAndCallNow() {
        Lead vp = lead("l-1", "VP Marketing", "rep.anna");
        note(vp.id(), "Discovery call. We need better lead routing. Decision by end of quarter.");
        scores.append(Fixtures.score(ws, vp.id(), 0.18, NOW.minus(Duration.ofHours(1))));
        Qualification q = service.qualify(ws, vp.id());
        assertThat(q.metCount()).isEqualTo(4);
        assertThat(q.readiness()).isEqualTo(Readiness.SALES_READY);
        assertThat(q.action()).isEqualTo(NextAction.CALL_NOW_WITH_ALERT);
        assertThat(q.reason()).isEqualTo("Top tier (18.0 %) with 4 of 4 BANT met: call now");
        assertThat(q.accountStage()).isEqualTo(BuyingStage.CONSIDERATION);
        assertThat(q.assignedTo()).isEqualTo(new RepId("rep.anna"));
        assertThat(q.assessedAt()).isEqualTo(NOW);
    }

    @Test
    void givenAHighScoreButNoBudgetAndNoNeedInNotes_whenQualified_thenDisqualifiedWithTheReasons() {
        Lead lead = lead("l-2", "Marketing Manager", null);
        note(lead.id(), "No budget this year. Current tool is fine for now.");
        scores.append(Fixtures.score(ws, lead.id(), 0.07, NOW.minus(Duration.ofHours(1))));
        Qualification q = service.qualify(ws, lead.id());
        assertThat(q.status(BantCriterion.BUDGET)).isEqualTo(BantStatus.NOT_MET);
        assertThat(q.readiness()).isEqualTo(Readiness.NOT_READY);
        assertThat(q.action()).isEqualTo(NextAction.DISQUALIFY);
        assertThat(q.reason()).contains("budget not met", "need not met");
        assertThat(q.assignedTo()).isNull();
    }

    @Test
    void givenAnUnownedSalesReadyLeadAndARoster_whenQualifiedAndAssigned_thenTheLeastLoadedRepGetsIt() {
        Lead cfo = lead("l-3", "CFO", null);
        note(cfo.id(), "Must have SOC 2 report. Want to go live in 6 weeks.");
        scores.append(Fixtures.score(ws, cfo.id(), 0.06, NOW.minus(Duration.ofHours(1))));
        accountStage = BuyingStage.DECISION;
        Qualification q = service.qualifyAndAssign(ws, cfo.id(), List.of(new RepLoad(new RepId("ana"), 12, 1),
                new RepLoad(new RepId("ben"), 3, 1)));
        assertThat(q.tier().name()).isEqualTo("HIGH");
        assertThat(q.action()).isEqualTo(NextAction.CALL_NOW_WITH_ALERT);
        assertThat(q.reason()).contains("the account is in decision");
        assertThat(q.assignedTo()).isEqualTo(new RepId("ben"));
    }

    @Test
    void givenAnEconomicBuyerActiveLately_whenAnotherMemberIsQualified_thenAuthorityCitesTheBuyer() {
        Lead analyst = lead("l-4", "Sales Operations Analyst", null);
        Lead cfo = lead("l-5", "Chief Financial Officer", null);
        events.appendAbsent(List.of(new ActivityEvent(ws, new EventId("e-1"), cfo.id(), EventType.PAGE_VIEW, "pricing",
                NOW.minus(Duration.ofDays(5)), null)));
        Qualification q = service.qualify(ws, analyst.id());
        assertThat(q.status(BantCriterion.AUTHORITY)).isEqualTo(BantStatus.PARTLY);
        assertThat(q.bant().get(BantCriterion.AUTHORITY).decisive().detail()).contains("Chief Financial Officer");
    }

    @Test
    void givenALeadNotScoredYet_whenQualified_thenLowTierSaysSo() {
        Lead lead = lead("l-6", "Software Engineer", null);
        Qualification q = service.qualify(ws, lead.id());
        assertThat(q.probability()).isNull();
        assertThat(q.tier().name()).isEqualTo("LOW");
        assertThat(q.reason()).contains("not scored yet");
    }

    @Test
    void givenAnUnknownLead_whenQualified_thenLeadNotFound() {
        assertThatThrownBy(() -> service.qualify(ws, new LeadId("nobody"))).isInstanceOf(LeadNotFoundException.class)
                .hasMessageContaining("nobody");
    }
}
