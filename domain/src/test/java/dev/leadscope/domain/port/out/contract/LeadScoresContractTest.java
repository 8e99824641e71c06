package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.domain.scoring.Reason;
import dev.leadscope.domain.scoring.Tier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LeadScores} history must do; subclass once per adapter. */
public abstract class LeadScoresContractTest {
    private static final LeadId LEAD = new LeadId("lead-1");

    protected LeadScores scores;
    protected WorkspaceId ws;

    /** The store under test; called before each test, after {@link #cleanState()}. */
    protected abstract LeadScores createScores();

    /** Removes what earlier tests stored, where the store keeps state between tests. */
    protected void cleanState() {
    }

    @BeforeEach
    void setUpStore() {
        cleanState();
        scores = createScores();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenScoreWithReasons_whenAppended_thenLatestEqual() {
        LeadScore score = score(ws, LEAD, 0.1234567891, T0);

        scores.append(score);

        assertThat(scores.latest(ws, LEAD)).contains(score);
    }

    @Test
    void givenScoreWithoutComponentsOrReasons_whenAppended_thenLatestEqual() {
        LeadScore bare = new LeadScore(ws, LEAD, new ConversionProbability(0.0), null, null, Tier.LOW, List.of(), List.of(),
                new ModelVersion("rules-v1"), T0, 30);

        scores.append(bare);

        assertThat(scores.latest(ws, LEAD)).contains(bare);
    }

    @Test
    void givenNoScores_whenLatest_thenEmpty() {
        assertThat(scores.latest(ws, LEAD)).isEmpty();
        assertThat(scores.history(ws, LEAD, 10)).isEmpty();
    }

    @Test
    void givenScoresOverTime_whenHistory_thenNewestFirstUpToLimitAndNothingOverwritten() {
        scores.append(score(ws, LEAD, 0.02, T0));
        scores.appendAll(List.of(score(ws, LEAD, 0.08, T0.plusSeconds(120)), score(ws, LEAD, 0.05, T0.plusSeconds(60))));
        scores.append(score(ws, new LeadId("lead-2"), 0.9, T0.plusSeconds(500)));

        assertThat(scores.history(ws, LEAD, 10)).extracting(s -> s.probability().value()).containsExactly(0.08, 0.05, 0.02);
        assertThat(scores.history(ws, LEAD, 2)).extracting(s -> s.probability().value()).containsExactly(0.08, 0.05);
        assertThat(scores.latest(ws, LEAD).orElseThrow().probability().value()).isEqualTo(0.08);
    }

    @Test
    void givenTwoScoresAtTheSameInstant_whenLatest_thenTheOneAppendedLast() {
        scores.append(score(ws, LEAD, 0.03, T0));
        scores.append(score(ws, LEAD, 0.04, T0));

        assertThat(scores.latest(ws, LEAD).orElseThrow().probability().value()).isEqualTo(0.04);
    }

    @Test
    void givenScoreInWorkspaceA_whenReadFromB_thenNeverSeen() {
        WorkspaceId other = Fixtures.freshWorkspace();
        scores.append(score(ws, LEAD, 0.5, T0));

        assertThat(scores.latest(other, LEAD)).isEmpty();
        assertThat(scores.history(other, LEAD, 10)).isEmpty();
    }

    @Test
    void givenEmptyList_whenAppendAll_thenNothingStored() {
        scores.appendAll(List.of());

        assertThat(scores.latest(ws, LEAD)).isEmpty();
    }

    @Test
    void givenScoredLeads_whenRanked_thenEachLeadsLatestScoreHighestFirstPageByPage() {
        LeadId a = new LeadId("lead-a");
        LeadId b = new LeadId("lead-b");
        LeadId c = new LeadId("lead-c");
        LeadId d = new LeadId("lead-d");
        scores.append(score(ws, a, 0.90, T0));
        scores.append(score(ws, a, 0.10, T0.plusSeconds(60)));
        scores.appendAll(List.of(score(ws, b, 0.50, T0), score(ws, c, 0.70, T0.plusSeconds(30)), score(ws, d, 0.50, T0)));
        scores.append(score(Fixtures.freshWorkspace(), new LeadId("lead-z"), 0.99, T0));

        Page<LeadScore> first = scores.ranked(ws, new PageRequest(0, 3));
        Page<LeadScore> second = scores.ranked(ws, new PageRequest(3, 3));

        assertThat(first.items()).extracting(s -> s.leadId().value()).containsExactly("lead-c", "lead-b", "lead-d");
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(s -> s.probability().value()).containsExactly(0.10);
        assertThat(scores.ranked(Fixtures.freshWorkspace(), PageRequest.FIRST).items()).isEmpty();
    }

    @Test
    void givenSeveralScoredLeads_whenLatestProbabilities_thenEachLeadsNewestAndUnscoredLeftOut() {
        LeadId a = new LeadId("lead-a");
        LeadId b = new LeadId("lead-b");
        scores.append(score(ws, a, 0.90, T0));
        scores.append(score(ws, a, 0.10, T0.plusSeconds(60)));
        scores.appendAll(List.of(score(ws, b, 0.30, T0), score(ws, b, 0.40, T0)));
        scores.append(score(Fixtures.freshWorkspace(), new LeadId("lead-c"), 0.99, T0));

        Map<LeadId, ConversionProbability> latest = scores.latestProbabilities(ws, List.of(a, b, new LeadId("lead-c"), a));

        assertThat(latest).containsOnly(Map.entry(a, new ConversionProbability(0.10)), Map.entry(b, new ConversionProbability(0.40)));
        assertThat(scores.latestProbabilities(ws, List.of())).isEmpty();
    }

    @Test
    void givenScoreStoredWithoutReasons_whenRead_thenItsReasonsAreMarkedNotComputedEverywhere() {
        LeadScore bulk = withoutReasons(score(ws, LEAD, 0.07, T0));

        scores.appendAll(List.of(bulk));

        LeadScore latest = scores.latest(ws, LEAD).orElseThrow();
        assertThat(latest).isEqualTo(bulk);
        assertThat(latest.reasonsComputed()).isFalse();
        assertThatThrownBy(latest::positiveReasons).isInstanceOf(IllegalStateException.class);
        assertThat(scores.history(ws, LEAD, 10)).containsExactly(bulk);
        assertThat(scores.ranked(ws, PageRequest.FIRST).items()).containsExactly(bulk);
    }

    @Test
    void givenScoreWithoutReasons_whenReasonsStored_thenEveryReadShowsThemAndNothingElseChanged() {
        LeadScore full = score(ws, LEAD, 0.07, T0);
        scores.append(withoutReasons(full));

        scores.storeReasons(List.of(full));

        assertThat(scores.latest(ws, LEAD)).contains(full);
        assertThat(scores.history(ws, LEAD, 10)).containsExactly(full);
        assertThat(scores.ranked(ws, PageRequest.FIRST).items()).containsExactly(full);
        assertThat(scores.latestProbabilities(ws, List.of(LEAD))).containsEntry(LEAD, new ConversionProbability(0.07));
    }

    @Test
    void givenReasonsStoredOnce_whenOtherReasonsStoredForTheSameScore_thenTheFirstStay() {
        LeadScore full = score(ws, LEAD, 0.07, T0);
        scores.append(withoutReasons(full));
        scores.storeReasons(List.of(full));

        LeadScore other = full.withReasons(List.of(new Reason("trial_signup", "Signed up for a trial", 1.2)), List.of());
        scores.storeReasons(List.of(other));

        assertThat(scores.latest(ws, LEAD)).contains(full);
    }

    @Test
    void givenScoreAppendedWithReasons_whenReasonsStoredForIt_thenItKeepsItsOwn() {
        LeadScore full = score(ws, LEAD, 0.07, T0);
        scores.append(full);

        scores.storeReasons(List.of(full.withReasons(List.of(), List.of())));

        assertThat(scores.latest(ws, LEAD)).contains(full);
    }

    @Test
    void givenSeveralScoresWithoutReasons_whenReasonsStoredForOne_thenOnlyThatLeadsScoreOfThatModelAndMomentIsCompleted() {
        LeadId other = new LeadId("lead-2");
        WorkspaceId elsewhere = Fixtures.freshWorkspace();
        LeadScore full = score(ws, LEAD, 0.07, T0);
        LeadScore earlier = withoutReasons(score(ws, LEAD, 0.02, T0.minusSeconds(60)));
        LeadScore otherModel = withoutReasons(new LeadScore(ws, LEAD, new ConversionProbability(0.03), null, null, Tier.MEDIUM,
                List.of(), List.of(), new ModelVersion("m-other"), T0, 90));
        LeadScore otherLead = withoutReasons(score(ws, other, 0.07, T0));
        LeadScore otherWorkspace = withoutReasons(score(elsewhere, LEAD, 0.07, T0));
        scores.appendAll(List.of(earlier, withoutReasons(full), otherModel, otherLead, otherWorkspace));

        scores.storeReasons(List.of(full));

        assertThat(scores.history(ws, LEAD, 10)).containsExactlyInAnyOrder(full, earlier, otherModel);
        assertThat(scores.latest(ws, other)).contains(otherLead);
        assertThat(scores.latest(elsewhere, LEAD)).contains(otherWorkspace);
    }

    @Test
    void givenNoStoredScore_whenReasonsStored_thenNothingIsAdded() {
        scores.storeReasons(List.of(score(ws, LEAD, 0.07, T0)));
        scores.storeReasons(List.of());

        assertThat(scores.latest(ws, LEAD)).isEmpty();
    }

    @Test
    void givenScoreWhoseReasonsAreNotComputed_whenStoredAsReasons_thenRefused() {
        LeadScore bulk = withoutReasons(score(ws, LEAD, 0.07, T0));
        scores.append(bulk);

        assertThatThrownBy(() -> scores.storeReasons(List.of(bulk))).isInstanceOf(IllegalArgumentException.class);
        assertThat(scores.latest(ws, LEAD)).contains(bulk);
    }

    private static LeadScore withoutReasons(LeadScore s) {
        return LeadScore.withoutReasons(s.workspace(), s.leadId(), s.probability(), s.fit(), s.engagement(), s.tier(),
                s.modelVersion(), s.scoredAt(), s.horizonDays());
    }
}
