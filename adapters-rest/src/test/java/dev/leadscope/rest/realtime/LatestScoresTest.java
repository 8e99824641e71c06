package dev.leadscope.rest.realtime;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.fixtures.InMemoryPendingRescoring;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.rescoring.CoalescingQueue;
import dev.leadscope.domain.scoring.LeadScore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rescored score kept without its reasons is replaced by the same score once its reasons are computed, and only then. */
class LatestScoresTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final LeadId LEAD = new LeadId("lead-1");

    private final InMemoryLeadScores stored = new InMemoryLeadScores();
    private final LatestScores latest = new LatestScores(stored, new InMemoryPendingRescoring(), new CoalescingQueue(100), 10);

    @Test
    void givenARescoredScoreKept_whenItsReasonsAreComputed_thenTheyAreKeptWithIt() {
        LeadScore full = score(WS, LEAD, 0.2, T0);
        latest.stored(List.of(withoutReasons(full)));

        latest.reasoned(full);

        assertThat(latest.current(WS, LEAD, full.modelVersion())).contains(full);
    }

    @Test
    void givenTheLeadRescoredSince_whenTheReasonsOfItsEarlierScoreArrive_thenTheNewerScoreStaysKept() {
        LeadScore earlier = score(WS, LEAD, 0.2, T0);
        LeadScore newer = withoutReasons(score(WS, LEAD, 0.3, T0.plusSeconds(5)));
        latest.stored(List.of(newer));

        latest.reasoned(earlier);

        assertThat(latest.current(WS, LEAD, newer.modelVersion())).contains(newer);
    }

    @Test
    void givenALeadNotKept_whenReasonsArrive_thenItIsStillReadFromTheStore() {
        LeadScore inStore = withoutReasons(score(WS, LEAD, 0.2, T0));
        stored.append(inStore);

        latest.reasoned(score(WS, LEAD, 0.2, T0));

        assertThat(latest.current(WS, LEAD, inStore.modelVersion())).contains(inStore);
    }

    private static LeadScore withoutReasons(LeadScore s) {
        return LeadScore.withoutReasons(s.workspace(), s.leadId(), s.probability(), s.fit(), s.engagement(), s.tier(),
                s.modelVersion(), s.scoredAt(), s.horizonDays());
    }
}
