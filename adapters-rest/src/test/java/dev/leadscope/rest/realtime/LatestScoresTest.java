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
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rescored score kept without its reasons is replaced by the same score once its reasons are computed, and only
 * then; a score is shown from memory alone only when it is kept, current and has its reasons.
 */
class LatestScoresTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final LeadId LEAD = new LeadId("lead-1");

    private final InMemoryLeadScores stored = new InMemoryLeadScores();
    private final CoalescingQueue queue = new CoalescingQueue(100);
    private final LatestScores latest = new LatestScores(stored, new InMemoryPendingRescoring(), queue, 10);

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

    @Test
    void givenAKeptScoreWithItsReasons_whenShownFromMemory_thenItIsShownOnlyUnderItsOwnModel() {
        LeadScore full = score(WS, LEAD, 0.2, T0);
        latest.stored(List.of(full));

        assertThat(latest.shownFromMemory(WS, LEAD, full.modelVersion())).contains(full);
        assertThat(latest.shownFromMemory(WS, LEAD, new ModelVersion("m-2099.01.01-1"))).isEmpty();
        assertThat(latest.shownFromMemory(WS, new LeadId("lead-2"), full.modelVersion())).isEmpty();
    }

    @Test
    void givenAScoreInTheStoreOrKeptWithoutReasons_whenShownFromMemory_thenNothingIsShownAndTheStoreIsNotRead() {
        LeadScore inStore = score(WS, LEAD, 0.2, T0);
        stored.append(inStore);
        assertThat(latest.shownFromMemory(WS, LEAD, inStore.modelVersion())).isEmpty();

        latest.stored(List.of(withoutReasons(inStore)));
        assertThat(latest.shownFromMemory(WS, LEAD, inStore.modelVersion())).isEmpty();
    }

    @Test
    void givenALeadWaitingToBeRescored_whenShownFromMemory_thenItsKeptScoreIsNotShown() {
        LeadScore full = score(WS, LEAD, 0.2, T0);
        latest.stored(List.of(full));

        queue.enqueue(WS, Map.of(LEAD, 1), T0.plusSeconds(1));

        assertThat(latest.shownFromMemory(WS, LEAD, full.modelVersion())).isEmpty();
    }

    private static LeadScore withoutReasons(LeadScore s) {
        return LeadScore.withoutReasons(s.workspace(), s.leadId(), s.probability(), s.fit(), s.engagement(), s.tier(),
                s.modelVersion(), s.scoredAt(), s.horizonDays());
    }
}
