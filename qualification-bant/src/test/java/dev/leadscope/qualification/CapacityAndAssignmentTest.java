package dev.leadscope.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.FundingStage;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.bant.NextAction;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.in.AssignLeadUseCase.Assignment;
import dev.leadscope.domain.port.in.QualifyLeadUseCase.RepLoad;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.qualification.routing.LeadAssignmentService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tiers chosen by configuration (thresholds or capacity over recent stored scores), and assignment by open load. */
class CapacityAndAssignmentTest {
    static final Instant NOW = Instant.parse("2024-10-15T10:00:00Z");
    final WorkspaceId ws = Fixtures.freshWorkspace();
    final InMemoryLeads leads = new InMemoryLeads();
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final InMemoryLeadScores scores = new InMemoryLeadScores();
    final InMemoryOutcomes outcomes = new InMemoryOutcomes();
    final InMemoryNotes notes = new InMemoryNotes();
    final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeEach
    void setUp() {
        accounts.save(new Account(ws, new AccountId("acc-1"), "Acme", null,
                new Firmographics("Software", 350, 60e6, null, null, null, FundingStage.SERIES_B, null, null, null, null, null),
                Technographics.NONE, null, null, NOW.minus(Duration.ofDays(300))));
    }

    QualificationService service(Map<String, String> config) {
        return new QualificationService(leads, accounts, new InMemoryActivityEvents(), new InMemoryIntentSignals(), notes, scores, null,
                clock, QualificationConfig.fromProperties(config));
    }

    Lead lead(String id, String owner) {
        Lead lead = new Lead(ws, new LeadId(id), new AccountId("acc-1"), "Kim", "Lee", null, "VP Marketing",
                new TitlePolicy().classify("VP Marketing"), null, owner == null ? null : new RepId(owner), NOW.minus(Duration.ofDays(30)), null, null);
        leads.save(lead);
        return lead;
    }

    /** 100 other leads scored 0.20 .. 0.299 a day ago: every one above the 10 % Top threshold. */
    void hundredRecentScoresAbove(double from) {
        for (int i = 0; i < 100; i++) {
            Lead other = lead("other-" + i, null);
            scores.append(Fixtures.score(ws, other.id(), from + i / 1000.0, NOW.minus(Duration.ofDays(1))));
        }
    }

    @Test
    void givenTheSameScores_whenTheConfigurationChoosesCapacity_thenTheTierFollowsTheRankNotTheThreshold() {
        hundredRecentScoresAbove(0.20);
        Lead lead = lead("l-1", "rep.anna");
        scores.append(Fixtures.score(ws, lead.id(), 0.15, NOW.minus(Duration.ofHours(1))));

        assertThat(service(Map.of()).qualify(ws, lead.id()).tier()).as("thresholds: 15 % is Top").isEqualTo(Tier.TOP);
        assertThat(service(Map.of("tiers.mode", "capacity")).qualify(ws, lead.id()).tier())
                .as("capacity: below all 100 recent scores, outside the best 35 %").isEqualTo(Tier.LOW);
        assertThat(service(Map.of("tiers.mode", "capacity", "tiers.capacity.top-share", "0.5", "tiers.capacity.high-share", "0.4",
                "tiers.capacity.medium-share", "0.1")).qualify(ws, lead.id()).tier()).isEqualTo(Tier.MEDIUM);
        assertThat(service(Map.of("tiers.mode", "capacity", "tiers.capacity.per-rep-per-day", "10", "tiers.capacity.reps", "6",
                "tiers.capacity.leads-per-day", "60")).qualify(ws, lead.id()).tier())
                .as("6 reps can call 60 leads a day: everyone is Top").isEqualTo(Tier.TOP);
    }

    @Test
    void givenCapacityTiers_whenScoresChange_thenTheReferenceIsRebuiltOnlyAfterTheRefresh() {
        Lead lead = lead("l-1", "rep.anna");
        scores.append(Fixtures.score(ws, lead.id(), 0.15, NOW.minus(Duration.ofHours(1))));
        for (int i = 0; i < 20; i++) {
            Lead low = lead("low-" + i, null);
            scores.append(Fixtures.score(ws, low.id(), 0.01 + i / 1000.0, NOW.minus(Duration.ofDays(2))));
        }
        QualificationService service = service(Map.of("tiers.mode", "capacity", "tiers.capacity.refresh-minutes", "10"));
        assertThat(service.qualify(ws, lead.id()).tier()).as("the best of 21 recent scores").isEqualTo(Tier.TOP);

        hundredRecentScoresAbove(0.20);
        assertThat(service.qualify(ws, lead.id()).tier()).as("the reference is 10 minutes fresh").isEqualTo(Tier.TOP);

        now.set(NOW.plus(Duration.ofMinutes(11)));
        assertThat(service.qualify(ws, lead.id()).tier()).isEqualTo(Tier.LOW);
    }

    @Test
    void givenCapacityTiersAndNoRecentScores_whenQualified_thenTheThresholdsApplyUntilThereAreSome() {
        Lead lead = lead("l-1", "rep.anna");
        scores.append(Fixtures.score(ws, lead.id(), 0.07, NOW.minus(Duration.ofDays(40))));

        assertThat(service(Map.of("tiers.mode", "capacity")).qualify(ws, lead.id()).tier()).isEqualTo(Tier.HIGH);
    }

    LeadAssignmentService assigner(Map<String, String> config) {
        return new LeadAssignmentService(leads, outcomes, service(config), QualificationConfig.fromProperties(config).assignment());
    }

    Lead readyLead(String id) {
        Lead lead = lead(id, null);
        notes.save(new Note(ws, new NoteId("n-" + id), lead.id(), "call", "rep.x", "We need better lead routing. Decision by end of quarter.",
                NOW.minus(Duration.ofDays(1))));
        scores.append(Fixtures.score(ws, lead.id(), 0.18, NOW.minus(Duration.ofHours(1))));
        return lead;
    }

    @Test
    void givenRepsWithDifferentOpenLoads_whenAnUnownedSalesReadyLeadIsAssigned_thenTheLightestRepGetsItAndItIsStored() {
        lead("a-1", "rep.anna");
        lead("a-2", "rep.anna");
        lead("b-1", "rep.bob");
        Lead closed = lead("b-2", "rep.bob");
        outcomes.save(Fixtures.outcome(ws, "o-1", closed.id(), OutcomeKind.LOST, NOW.minus(Duration.ofDays(2))));
        Lead lead = readyLead("new-1");

        Assignment a = assigner(Map.of()).assign(ws, lead.id(), null);

        assertThat(a.qualification().action()).isEqualTo(NextAction.CALL_NOW_WITH_ALERT);
        assertThat(a.owner()).isEqualTo(new RepId("rep.bob"));
        assertThat(a.newlyAssigned()).isTrue();
        assertThat(a.roster()).containsExactlyInAnyOrder(new RepLoad(new RepId("rep.anna"), 2, 1), new RepLoad(new RepId("rep.bob"), 1, 1));
        assertThat(a.reason()).startsWith("assigned to rep.bob: 1 open leads for capacity 1.00, the lightest load of 2 reps");
        assertThat(leads.findById(ws, lead.id()).orElseThrow().owner()).isEqualTo(new RepId("rep.bob"));

        Assignment again = assigner(Map.of()).assign(ws, lead.id(), null);
        assertThat(again.newlyAssigned()).isFalse();
        assertThat(again.reason()).isEqualTo("already owned by rep.bob; kept");
    }

    @Test
    void givenConfiguredRepsWithCapacities_whenAssigned_thenLoadIsWeighedByCapacity() {
        lead("a-1", "rep.anna");
        lead("a-2", "rep.anna");
        lead("b-1", "rep.bob");
        Lead lead = readyLead("new-1");

        Assignment a = assigner(Map.of("assignment.reps", "rep.anna:4, rep.bob")).assign(ws, lead.id(), null);

        assertThat(a.owner()).as("anna (2+1)/4 = 0.75 beats bob (1+1)/1 = 2").isEqualTo(new RepId("rep.anna"));
    }

    @Test
    void givenAssignmentTurnedOffOrALeadToNurture_whenAssigned_thenNobodyIsAssigned() {
        lead("a-1", "rep.anna");
        Lead ready = readyLead("new-1");
        assertThatThrownBy(() -> assigner(Map.of("assignment.by-open-load", "false")).assign(ws, ready.id(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("turned off");

        Lead unscored = lead("new-2", null);
        Assignment a = assigner(Map.of()).assign(ws, unscored.id(), null);
        assertThat(a.owner()).isNull();
        assertThat(a.newlyAssigned()).isFalse();
        assertThat(a.reason()).contains("sales does not work the lead yet");
        assertThat(leads.findById(ws, unscored.id()).orElseThrow().owner()).isNull();
    }

    @Test
    void givenBadCapacityOrAssignmentSettings_whenRead_thenTheErrorNamesTheKey() {
        assertThatThrownBy(() -> QualificationConfig.fromProperties(Map.of("tiers.mode", "rank")))
                .hasMessageContaining("tiers.mode: must be thresholds or capacity");
        assertThatThrownBy(() -> QualificationConfig.fromProperties(Map.of("tiers.capacity.top-share", "0.9", "tiers.capacity.high-share", "0.5")))
                .hasMessageContaining("tiers.capacity: topShare + highShare + mediumShare must be at most 1");
        assertThatThrownBy(() -> QualificationConfig.fromProperties(Map.of("tiers.capacity.per-rep-per-day", "5")))
                .hasMessageContaining("tiers.capacity: per-rep-per-day needs reps >= 1");
        assertThatThrownBy(() -> QualificationConfig.fromProperties(Map.of("assignment.by-open-load", "yes")))
                .hasMessageContaining("assignment.by-open-load: must be true or false");
        assertThatThrownBy(() -> QualificationConfig.fromProperties(Map.of("assignment.reps", "rep.anna:lots")))
                .hasMessageContaining("assignment.reps: capacity after ':' must be a number");
        assertThat(QualificationConfig.fromProperties(Map.of()).capacity()).isNull();
    }
}
