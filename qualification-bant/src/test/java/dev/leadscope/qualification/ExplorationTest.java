package dev.leadscope.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.account.Surge;
import dev.leadscope.domain.bant.NextAction;
import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.common.WorkspaceId;
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
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.qualification.routing.ExplorationPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Exploration draws a fixed share of low-tier leads per workspace, lead and seed, and sends them to sales flagged. */
class ExplorationTest {
    private static final Instant NOW = Instant.parse("2024-10-15T10:00:00Z");
    private static final ExplorationPolicy FIVE_PERCENT = new ExplorationPolicy(0.05, Set.of(Tier.LOW), "s1");
    private final WorkspaceId ws = Fixtures.freshWorkspace();

    @Test
    void givenManyLeads_whenDrawn_thenAboutTheShareIsDrawnAndEveryDrawRepeats() {
        List<LeadId> ids = IntStream.range(0, 20_000).mapToObj(i -> new LeadId("lead-" + i)).toList();

        long drawn = ids.stream().filter(id -> FIVE_PERCENT.explores(ws, id, Tier.LOW)).count();

        assertThat(drawn / 20_000.0).isBetween(0.045, 0.055);
        assertThat(ids.stream().filter(id -> FIVE_PERCENT.explores(ws, id, Tier.LOW)).count()).isEqualTo(drawn);
        assertThat(ids.stream().filter(id -> FIVE_PERCENT.explores(ws, id, Tier.MEDIUM)).count()).isZero();
        ExplorationPolicy otherSeed = new ExplorationPolicy(0.05, Set.of(Tier.LOW), "s2");
        assertThat(ids.stream().filter(id -> FIVE_PERCENT.explores(ws, id, Tier.LOW) && otherSeed.explores(ws, id, Tier.LOW)).count())
                .isLessThan(drawn / 5);
    }

    @Test
    void givenABadShare_whenBuilt_thenRejectedNamingTheKey() {
        assertThatThrownBy(() -> new ExplorationPolicy(0.9, Set.of(Tier.LOW), "s")).hasMessageContaining("exploration.share");
    }

    @Test
    void givenLowTierLeads_whenQualifiedWithExploration_thenTheDrawnOnesGoToSalesFlaggedAndTheOthersAsRoutedByScore() {
        InMemoryLeads leads = new InMemoryLeads();
        InMemoryLeadScores scores = new InMemoryLeadScores();
        ScoreAccountUseCase stages = (w, a) -> new AccountScore(w, a, new ConversionProbability(0.01), AccountScore.Method.COMBINED,
                Map.of(), Map.of(), BuyingStage.AWARENESS, new Surge(0, 0, 1, false), List.of(), List.of(), NOW);
        QualificationService service = new QualificationService(leads, new InMemoryAccounts(), new InMemoryActivityEvents(),
                new InMemoryIntentSignals(), new InMemoryNotes(), scores, stages, Clock.fixed(NOW, ZoneOffset.UTC),
                QualificationSettings.defaults().withExploration(FIVE_PERCENT));
        int explored = 0;
        for (int i = 0; i < 400; i++) {
            Lead lead = new Lead(ws, new LeadId("l-" + i), null, "Kim", "Lee", null, "Analyst", null, null, new RepId("rep.anna"),
                    NOW.minus(Duration.ofDays(10)), null, null);
            leads.save(lead);
            scores.append(Fixtures.score(ws, lead.id(), 0.002, NOW.minus(Duration.ofHours(1))));

            Qualification q = service.qualify(ws, lead.id());

            assertThat(q.tier()).isEqualTo(Tier.LOW);
            assertThat(q.exploration()).isEqualTo(FIVE_PERCENT.explores(ws, lead.id(), Tier.LOW));
            if (q.exploration()) {
                explored++;
                assertThat(q.action()).isEqualTo(NextAction.SEQUENCE_AND_DEMO_INVITE);
                assertThat(q.reason()).startsWith("exploration:");
                assertThat(q.assignedTo()).isEqualTo(new RepId("rep.anna"));
            } else {
                assertThat(q.action()).isIn(NextAction.NURTURE, NextAction.DISQUALIFY);
            }
            assertThat(service.qualify(ws, lead.id()).exploration()).isEqualTo(q.exploration());
        }
        assertThat(explored).isBetween(8, 40);
    }
}
