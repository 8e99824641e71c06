package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.fit.BoostingParams;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batch and bulk scoring paths give each lead the score that scoring it alone gives. */
class BatchScoringTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void givenLeadsScoredInOneBatchAndInBulk_whenComparedWithScoringEachAlone_thenTheSameProbabilitiesAndReasonsOnceShown() {
        SimulatedWorkspace sim = SimulatedWorkspace.fresh(300, 1);
        ModelVersion active = sim.data.registry().active(SimulatedWorkspace.WS).orElseGet(() -> new ModelTrainingService(
                sim.data, CLOCK, BoostingParams.DEFAULTS, 2).train(new TrainModelUseCase.TrainCommand(SimulatedWorkspace.WS, 90,
                null, 7, true), TrainModelUseCase.Progress.NONE).model().version());
        LeadScoringService scoring = new LeadScoringService(sim.data, new LoadedModels(sim.data.registry()), CLOCK);
        List<LeadId> ids = sim.data.leads().list(SimulatedWorkspace.WS, LeadFilter.ALL, new PageRequest(0, 40)).items().stream()
                .map(Lead::id).toList();

        int stored = sim.data.scores().history(SimulatedWorkspace.WS, ids.get(0), 1000).size();

        List<LeadScore> batch = scoring.scoreAll(SimulatedWorkspace.WS, ids);
        List<Integer> chunks = new ArrayList<>();
        // small chunks, so that the leads compared come from many chunks, each holding whole accounts
        Map<LeadId, LeadScore> every = ChunkedBulkScoring.everyLead(scoring, sim.data, SimulatedWorkspace.WS, 50, chunks);
        List<LeadScore> bulk = ids.stream().map(every::get).toList();

        assertThat(batch).hasSize(ids.size()).noneMatch(LeadScore::reasonsComputed);
        assertThat(bulk).doesNotContainNull().noneMatch(LeadScore::reasonsComputed);
        assertThat(every).hasSize((int) sim.data.leads().count(SimulatedWorkspace.WS));
        assertThat(chunks).hasSizeGreaterThan(5).allSatisfy(n -> assertThat(n).isPositive());
        // rescoring leaves the reasons out; showing a score computes them with its model at its moment
        batch = new ScoreReasonsService(sim.data, new LoadedModels(sim.data.registry()), HistoryParts.UNCACHED)
                .withReasons(SimulatedWorkspace.WS, batch);
        for (LeadScore b : batch) {
            LeadScore alone = scoring.score(SimulatedWorkspace.WS, b.leadId());
            LeadScore inBulk = bulk.stream().filter(s -> s.leadId().equals(b.leadId())).findFirst().orElseThrow();
            assertThat(b.modelVersion()).isEqualTo(active);
            assertThat(b.probability().value()).isCloseTo(alone.probability().value(), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(inBulk.probability().value()).isCloseTo(alone.probability().value(), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(b.positiveReasons()).extracting(r -> r.feature()).isEqualTo(alone.positiveReasons().stream().map(r -> r.feature()).toList());
            assertThat(b.tier()).isEqualTo(alone.tier());
        }
        assertThat(sim.data.scores().history(SimulatedWorkspace.WS, ids.get(0), 1000)).hasSize(stored + 3);
    }
}
