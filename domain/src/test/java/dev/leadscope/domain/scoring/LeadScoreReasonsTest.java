package dev.leadscope.domain.scoring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A score's reasons are either computed (possibly none) or explicitly not computed, never an empty list in disguise. */
class LeadScoreReasonsTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final LeadId LEAD = new LeadId("lead-1");

    @Test
    void givenScoreWithoutReasons_whenItsReasonsAreAskedFor_thenRefusedRatherThanShownAsNone() {
        LeadScore s = LeadScore.withoutReasons(WS, LEAD, new ConversionProbability(0.2), null, null, Tier.TOP,
                new ModelVersion("m-1"), T0, 90);

        assertThat(s.reasonsComputed()).isFalse();
        assertThatThrownBy(s::positiveReasons).isInstanceOf(IllegalStateException.class).hasMessageContaining("lead-1");
        assertThatThrownBy(s::negativeReasons).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenScoreWithoutReasons_whenGivenItsReasons_thenOnlyTheReasonsChange() {
        LeadScore full = score(WS, LEAD, 0.2, T0);
        LeadScore bare = LeadScore.withoutReasons(WS, LEAD, full.probability(), full.fit(), full.engagement(), full.tier(),
                full.modelVersion(), full.scoredAt(), full.horizonDays());

        LeadScore completed = bare.withReasons(full.positiveReasons(), full.negativeReasons());

        assertThat(completed).isEqualTo(full);
        assertThat(completed.sameEntryAs(bare)).isTrue();
    }

    @Test
    void givenScoreComputedWithNoStrongReason_thenItsEmptyListsAreReasons() {
        LeadScore none = new LeadScore(WS, LEAD, new ConversionProbability(0.2), null, null, Tier.TOP, List.of(), List.of(),
                new ModelVersion("m-1"), T0, 90);

        assertThat(none.reasonsComputed()).isTrue();
        assertThat(none.positiveReasons()).isEmpty();
    }

    @Test
    void givenReasonsOnAScoreMarkedNotComputed_thenRefused() {
        assertThatThrownBy(() -> new LeadScore(WS, LEAD, new ConversionProbability(0.2), null, null, Tier.TOP,
                List.of(new Reason("trial", "Signed up for a trial", 0.4)), List.of(), new ModelVersion("m-1"), T0, 90, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenScoresOfOtherModelsOrMoments_thenNotTheSameEntry() {
        LeadScore s = score(WS, LEAD, 0.2, T0);

        assertThat(s.sameEntryAs(score(WS, LEAD, 0.3, T0.plusMillis(1)))).isFalse();
        assertThat(s.sameEntryAs(new LeadScore(WS, LEAD, s.probability(), null, null, s.tier(), List.of(), List.of(),
                new ModelVersion("m-other"), T0, 90))).isFalse();
        assertThat(s.sameEntryAs(score(WS, new LeadId("lead-2"), 0.2, T0))).isFalse();
    }
}
