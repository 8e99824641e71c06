package dev.leadscope.rest.wiring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The latest probabilities of a committee come from the scores stored through this instance, as the store would give them. */
class HotLeadScoresTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final LeadId A = new LeadId("a");
    private static final LeadId B = new LeadId("b");

    private final AtomicInteger reads = new AtomicInteger();
    private final InMemoryLeadScores store = new InMemoryLeadScores();
    private Runnable duringRead = () -> { };
    private final LeadScores counted = new LeadScores() {
        @Override
        public void append(LeadScore s) {
            store.append(s);
        }

        @Override
        public void appendAll(List<LeadScore> scores) {
            store.appendAll(scores);
        }

        @Override
        public void storeReasons(List<LeadScore> scores) {
            store.storeReasons(scores);
        }

        @Override
        public Optional<LeadScore> latest(WorkspaceId workspace, LeadId lead) {
            return store.latest(workspace, lead);
        }

        @Override
        public Map<LeadId, ConversionProbability> latestProbabilities(WorkspaceId workspace, Collection<LeadId> leads) {
            reads.incrementAndGet();
            Map<LeadId, ConversionProbability> read = store.latestProbabilities(workspace, leads);
            duringRead.run();
            return read;
        }

        @Override
        public List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit) {
            return store.history(workspace, lead, limit);
        }

        @Override
        public Page<LeadScore> ranked(WorkspaceId workspace, PageRequest page) {
            return store.ranked(workspace, page);
        }
    };
    private final LatestProbabilities latest = new LatestProbabilities(1000, Duration.ofMinutes(1));
    private final HotLeadScores hot = new HotLeadScores(counted, latest);

    @Test
    void givenAScoreStoredWithoutReasons_whenItsReasonsAreStoredThroughIt_thenTheStoreHasThemAndTheProbabilityStays() {
        LeadScore plain = score(WS, A, 0.3, T0);
        LeadScore bare = LeadScore.withoutReasons(WS, A, plain.probability(), plain.fit(), plain.engagement(), plain.tier(),
                plain.modelVersion(), plain.scoredAt(), plain.horizonDays());
        hot.append(bare);

        hot.storeReasons(List.of(bare.withReasons(plain.positiveReasons(), plain.negativeReasons())));

        assertThat(store.latest(WS, A)).hasValueSatisfying(s -> {
            assertThat(s.reasonsComputed()).isTrue();
            assertThat(s.positiveReasons()).isEqualTo(plain.positiveReasons());
        });
        assertThat(hot.latestProbabilities(WS, List.of(A)).get(A).value()).isEqualTo(0.3);
        assertThat(reads).hasValue(0);
    }

    @Test
    void givenScoresAppendedThroughIt_whenTheLatestProbabilitiesAreAsked_thenTheNewestAreGivenWithoutReading() {
        hot.appendAll(List.of(score(WS, A, 0.2, T0.plusSeconds(10)), score(WS, B, 0.4, T0)));
        hot.append(score(WS, A, 0.1, T0));

        Map<LeadId, ConversionProbability> got = hot.latestProbabilities(WS, List.of(A, B));

        assertThat(got).isEqualTo(store.latestProbabilities(WS, List.of(A, B)));
        assertThat(got.get(A).value()).isEqualTo(0.2);
        assertThat(reads).hasValue(0);
    }

    @Test
    void givenLeadsScoredBeforeStartUp_whenAskedTwice_thenReadOnceAndLaterScoresReplaceWhatWasRead() {
        store.append(score(WS, A, 0.3, T0));

        hot.latestProbabilities(WS, List.of(A, B));
        assertThat(hot.latestProbabilities(WS, List.of(A)).get(A).value()).isEqualTo(0.3);
        hot.append(score(WS, A, 0.6, T0.plusSeconds(5)));

        assertThat(hot.latestProbabilities(WS, List.of(A)).get(A).value()).isEqualTo(0.6);
        assertThat(reads).hasValue(1);
    }

    @Test
    void givenAScoreStoredWhileTheStoreIsRead_whenAskedAgain_thenTheStoredScoreWins() {
        store.append(score(WS, A, 0.3, T0));
        duringRead = () -> {
            duringRead = () -> { };
            hot.append(score(WS, A, 0.7, T0.plusSeconds(5)));
        };

        hot.latestProbabilities(WS, List.of(A));

        assertThat(hot.latestProbabilities(WS, List.of(A)).get(A).value()).isEqualTo(0.7);
    }

    @Test
    void givenAnErasedLead_whenAskedAgain_thenTheStoreIsAsked() {
        hot.append(score(WS, A, 0.3, T0));

        latest.erased(WS, A);

        assertThat(hot.latestProbabilities(WS, List.of(A))).containsKey(A);
        assertThat(reads).hasValue(1);
    }
}
