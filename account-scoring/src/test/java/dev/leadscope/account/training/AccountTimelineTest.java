package dev.leadscope.account.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.domain.scoring.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountTimelineTest {
    final WorkspaceId ws = new WorkspaceId("w");
    final AccountId acme = new AccountId("acme");
    final Instant jan = Instant.parse("2024-01-01T00:00:00Z");

    Lead lead(String id, Instant created) {
        return new Lead(ws, new LeadId(id), acme, null, null, null, "CFO", new TitlePolicy().classify("CFO"), null, null, created, null, null);
    }

    LeadScore score(String lead, double p, String at) {
        return new LeadScore(ws, new LeadId(lead), new ConversionProbability(p), null, null, Tier.LOW, List.of(), List.of(),
                new ModelVersion("m-1"), Instant.parse(at), 90);
    }

    @Test
    void givenScoresBeforeAndAfterASnapshot_whenAskedAtThatTime_thenOnlyTheLatestEarlierScoreCounts() {
        AccountTimeline t = new AccountTimeline(acme, List.of(lead("a", jan), lead("b", jan)), Map.of(),
                Map.of(new LeadId("a"), AccountTimeline.oldestFirst(List.of(score("a", 0.30, "2024-03-01T00:00:00Z"),
                                score("a", 0.10, "2024-02-01T00:00:00Z"))),
                        new LeadId("b"), List.of(score("b", 0.5, "2024-04-01T00:00:00Z"))),
                null, null);

        assertThat(t.probabilitiesBefore(Instant.parse("2024-01-15T00:00:00Z"))).isEmpty();
        assertThat(t.probabilitiesBefore(Instant.parse("2024-02-15T00:00:00Z"))).containsExactly(Map.entry(new LeadId("a"), 0.10));
        assertThat(t.probabilitiesBefore(Instant.parse("2024-03-01T00:00:00Z"))).containsExactly(Map.entry(new LeadId("a"), 0.10));
        assertThat(t.probabilitiesBefore(Instant.parse("2024-05-01T00:00:00Z")))
                .containsOnly(Map.entry(new LeadId("a"), 0.30), Map.entry(new LeadId("b"), 0.5));
    }

    @Test
    void givenAnAccountThatWon_whenAskedAroundTheOutcome_thenItIsOpenBeforeAndLabelledWithinTheHorizonOnly() {
        Instant won = Instant.parse("2024-05-01T00:00:00Z");
        AccountTimeline t = new AccountTimeline(acme, List.of(lead("a", Instant.parse("2024-02-01T00:00:00Z"))), Map.of(), Map.of(),
                won, won);

        assertThat(t.openAt(jan)).as("no member yet").isFalse();
        assertThat(t.openAt(Instant.parse("2024-03-01T00:00:00Z"))).isTrue();
        assertThat(t.openAt(won)).as("closed at the outcome").isFalse();
        assertThat(t.wonWithin(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-05-30T00:00:00Z"))).isTrue();
        assertThat(t.wonWithin(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-03-31T00:00:00Z"))).isFalse();
        assertThat(t.membersAt(Instant.parse("2024-01-15T00:00:00Z"))).isEmpty();
    }
}
