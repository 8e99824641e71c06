package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.domain.scoring.Reason;
import dev.leadscope.ml.fit.BoostingParams;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Reasons of scores stored without them (bulk and real-time rescoring) are computed where they are shown: they equal
 * the reasons scoring that lead alone at that moment gives, come from the model that made the score even when another
 * is active now, and are stored so they are computed once.
 */
class ScoreReasonsServiceTest {
    private static final WorkspaceId WS = SimulatedWorkspace.WS;
    private static final Clock ACTIVATION = Clock.fixed(Instant.parse("2025-01-15T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2025-01-20T14:30:00.123456Z"), ZoneOffset.UTC);

    @Test
    void givenBulkRescoring_whenItsScoresAreShown_thenTheirReasonsEqualScoringEachLeadAloneThenAndAreStoredOnce() {
        SimulatedWorkspace sim = SimulatedWorkspace.fresh(300, 1);
        ModelVersion model = train(sim, 7);
        List<LeadId> ids = leads(sim, 40);
        LeadScoringService scoring = new LeadScoringService(sim.data, new LoadedModels(sim.data.registry()), ACTIVATION);
        ChunkedBulkScoring.everyLead(scoring, sim.data, WS, 200, new java.util.ArrayList<>());
        List<LeadScore> stored = ids.stream().map(id -> sim.data.scores().latest(WS, id).orElseThrow()).toList();
        assertThat(stored).noneMatch(LeadScore::reasonsComputed);
        CountingRegistry registry = new CountingRegistry(sim.data.registry());

        List<LeadScore> shown = new ScoreReasonsService(sim.data, new LoadedModels(registry), HistoryParts.UNCACHED)
                .withReasons(WS, stored);

        int withReasons = 0;
        for (int i = 0; i < ids.size(); i++) {
            LeadScore s = shown.get(i);
            // a single scoring of the lead at the score's moment, not stored: what the reasons must equal
            LeadScore alone = new LeadScoringService(sim.data, new LoadedModels(sim.data.registry()), LATER)
                    .scoreAsOf(WS, s.leadId(), s.scoredAt());
            assertThat(s.leadId()).isEqualTo(ids.get(i));
            assertThat(s.modelVersion()).isEqualTo(model);
            assertThat(s.probability()).isEqualTo(stored.get(i).probability());
            assertThat(s.probability().value()).isCloseTo(alone.probability().value(), Offset.offset(1e-12));
            assertSameReasons(s.positiveReasons(), alone.positiveReasons());
            assertSameReasons(s.negativeReasons(), alone.negativeReasons());
            assertThat(sim.data.scores().latest(WS, s.leadId())).contains(s);
            withReasons += s.positiveReasons().isEmpty() ? 0 : 1;
        }
        assertThat(withReasons).isGreaterThan(ids.size() / 2);
        // the bulk rescoring's scores share one model and moment: one batch, the model loaded once
        assertThat(registry.loads).hasValue(1);

        CountingRegistry again = new CountingRegistry(sim.data.registry());
        List<LeadScore> reread = ids.stream().map(id -> sim.data.scores().latest(WS, id).orElseThrow()).toList();
        assertThat(new ScoreReasonsService(sim.data, new LoadedModels(again), HistoryParts.UNCACHED).withReasons(WS, reread))
                .isEqualTo(shown);
        assertThat(again.loads).hasValue(0);
    }

    @Test
    void givenAnotherModelActivatedSince_whenAnOlderScoreIsShown_thenItsReasonsComeFromTheModelThatMadeIt() {
        SimulatedWorkspace sim = SimulatedWorkspace.fresh(300, 1);
        ModelVersion first = train(sim, 7);
        List<LeadId> ids = leads(sim, 20);
        ChunkedBulkScoring.everyLead(new LeadScoringService(sim.data, new LoadedModels(sim.data.registry()), ACTIVATION), sim.data, WS,
                200, new java.util.ArrayList<>());
        ModelVersion second = train(sim, 11, LATER);
        assertThat(sim.data.registry().active(WS)).contains(second).isNotEqualTo(Optional.of(first));
        LoadedModels models = new LoadedModels(sim.data.registry());
        List<LeadScore> stored = ids.stream().map(id -> sim.data.scores().latest(WS, id).orElseThrow()).toList();

        List<LeadScore> shown = new ScoreReasonsService(sim.data, models, HistoryParts.UNCACHED).withReasons(WS, stored);

        HistoryLoader loader = new HistoryLoader(sim.data);
        int differ = 0;
        for (LeadScore s : shown) {
            Lead lead = sim.data.leads().findById(WS, s.leadId()).orElseThrow();
            SnapshotScorer.Scored byFirst = SnapshotScorer.score(models.get(WS, first), loader.one(lead), s.scoredAt());
            SnapshotScorer.Scored bySecond = SnapshotScorer.score(models.get(WS, second), loader.one(lead), s.scoredAt());
            assertThat(s.modelVersion()).isEqualTo(first);
            assertSameReasons(s.positiveReasons(), byFirst.positive());
            assertSameReasons(s.negativeReasons(), byFirst.negative());
            differ += byFirst.positive().equals(bySecond.positive()) && byFirst.negative().equals(bySecond.negative()) ? 0 : 1;
        }
        assertThat(differ).isPositive();
    }

    @Test
    void givenALeadRescoredAtSeveralMoments_whenItsScoreHistoryIsShown_thenEachEntryHasTheReasonsOfItsOwnMoment() {
        SimulatedWorkspace sim = SimulatedWorkspace.fresh(300, 1);
        train(sim, 7);
        LeadId lead = leads(sim, 1).get(0);
        for (String at : List.of("2024-06-03T10:00:00Z", "2024-10-14T16:45:30.5Z", "2025-01-15T09:00:00Z")) {
            Clock clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
            new LeadScoringService(sim.data, new LoadedModels(sim.data.registry()), clock).scoreAll(WS, List.of(lead));
        }
        List<LeadScore> history = sim.data.scores().history(WS, lead, 10);
        assertThat(history).hasSize(3).noneMatch(LeadScore::reasonsComputed);

        List<LeadScore> shown = new ScoreReasonsService(sim.data, new LoadedModels(sim.data.registry()), HistoryParts.UNCACHED)
                .withReasons(WS, history);

        LeadScoringService alone = new LeadScoringService(sim.data, new LoadedModels(sim.data.registry()), LATER);
        for (int i = 0; i < history.size(); i++) {
            LeadScore s = shown.get(i);
            LeadScore then = alone.scoreAsOf(WS, lead, s.scoredAt());
            assertThat(s.scoredAt()).isEqualTo(history.get(i).scoredAt());
            assertThat(s.probability().value()).isCloseTo(then.probability().value(), Offset.offset(1e-12));
            assertSameReasons(s.positiveReasons(), then.positiveReasons());
            assertSameReasons(s.negativeReasons(), then.negativeReasons());
        }
        assertThat(sim.data.scores().history(WS, lead, 10)).isEqualTo(shown);
        assertThat(shown.get(0).positiveReasons()).isNotEqualTo(shown.get(2).positiveReasons());
    }

    @Test
    void givenScoreOfALeadThatNoLongerExists_whenShown_thenItStaysMarkedNotComputed() {
        SimulatedWorkspace sim = SimulatedWorkspace.fresh(300, 1);
        ModelVersion model = train(sim, 7);
        LeadScore gone = LeadScore.withoutReasons(WS, new LeadId("lead-erased"), new dev.leadscope.domain.scoring.ConversionProbability(0.2),
                null, null, dev.leadscope.domain.scoring.Tier.TOP, model, ACTIVATION.instant(), 90);
        ScoreReasonsService reasons = new ScoreReasonsService(sim.data, new LoadedModels(sim.data.registry()), HistoryParts.UNCACHED);

        assertThat(reasons.withReasons(WS, List.of(gone))).containsExactly(gone);
        assertThatThrownBy(() -> reasons.withReasons(WS, gone)).isInstanceOf(LeadNotFoundException.class);
    }

    private static ModelVersion train(SimulatedWorkspace sim, long seed) {
        return train(sim, seed, ACTIVATION);
    }

    private static ModelVersion train(SimulatedWorkspace sim, long seed, Clock clock) {
        return new ModelTrainingService(sim.data, clock, BoostingParams.DEFAULTS, 2).train(new TrainModelUseCase.TrainCommand(
                WS, 90, null, seed, true), TrainModelUseCase.Progress.NONE).model().version();
    }

    private static List<LeadId> leads(SimulatedWorkspace sim, int n) {
        return sim.data.leads().list(WS, LeadFilter.ALL, new PageRequest(0, n)).items().stream().map(Lead::id).toList();
    }

    private static void assertSameReasons(List<Reason> shown, List<Reason> alone) {
        assertThat(shown).extracting(Reason::feature).isEqualTo(alone.stream().map(Reason::feature).toList());
        assertThat(shown).extracting(Reason::text).isEqualTo(alone.stream().map(Reason::text).toList());
        for (int k = 0; k < shown.size(); k++) {
            assertThat(shown.get(k).contribution()).isCloseTo(alone.get(k).contribution(), Offset.offset(1e-6));
        }
    }

    /** The registry, counting the models loaded from it. */
    private static final class CountingRegistry implements ModelRegistry {
        final AtomicInteger loads = new AtomicInteger();
        private final ModelRegistry registry;

        CountingRegistry(ModelRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void save(ModelArtifact artifact) {
            registry.save(artifact);
        }

        @Override
        public List<ModelInfo> list(WorkspaceId workspace) {
            return registry.list(workspace);
        }

        @Override
        public Optional<ModelInfo> info(WorkspaceId workspace, ModelVersion version) {
            return registry.info(workspace, version);
        }

        @Override
        public Optional<ModelArtifact> load(WorkspaceId workspace, ModelVersion version) {
            loads.incrementAndGet();
            return registry.load(workspace, version);
        }

        @Override
        public Optional<ModelVersion> active(WorkspaceId workspace) {
            return registry.active(workspace);
        }

        @Override
        public void activate(WorkspaceId workspace, ModelVersion version) {
            registry.activate(workspace, version);
        }

        @Override
        public ModelVersion rollback(WorkspaceId workspace) {
            return registry.rollback(workspace);
        }
    }
}
