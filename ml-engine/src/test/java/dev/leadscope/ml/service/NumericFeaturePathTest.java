package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.scoring.Reason;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SharedParts;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotTable;
import dev.leadscope.ml.snapshot.TrainingExamples;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The numeric feature path (rows as values written straight into the matrix) gives the floats the text cells gave,
 * rows built with the parts they share with other leads (committee tallies, note cues, intent) equal rows built alone,
 * and bulk scoring gives every lead the probability and reasons that scoring it alone gives.
 */
class NumericFeaturePathTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T09:00:00Z"), ZoneOffset.UTC);
    private static SimulatedWorkspace sim;
    private static SnapshotModel model;
    private static List<LeadHistory> histories;

    @BeforeAll
    static void train() {
        sim = SimulatedWorkspace.fresh(300, 1);
        new ModelTrainingService(sim.data, CLOCK, BoostingParams.DEFAULTS, 2).train(new TrainModelUseCase.TrainCommand(
                SimulatedWorkspace.WS, 90, null, 7, true), TrainModelUseCase.Progress.NONE);
        model = new LoadedModels(sim.data.registry()).active(SimulatedWorkspace.WS).getValue();
        histories = new HistoryLoader(sim.data).all(SimulatedWorkspace.WS, n -> { });
    }

    @Test
    void givenEveryLeadAtSeveralMoments_whenEncodedAsValues_thenTheSameFloatsAsTheTextCells() {
        List<TrainingExamples.Example> examples = new ArrayList<>();
        for (String at : List.of("2024-03-01T12:00:00Z", "2024-09-17T08:30:15.250Z", "2025-01-15T09:00:00Z")) {
            for (int i = 0; i < histories.size(); i++) {
                examples.add(new TrainingExamples.Example(i, Instant.parse(at), 0));
            }
        }

        float[] numeric = SnapshotTable.encode(model.schema(), model.features(), histories, examples);
        float[] text = model.schema().encode(SnapshotTable.of(model.features(), histories, examples));

        assertThat(histories).hasSizeGreaterThan(300);
        assertThat(numeric).hasSize(text.length);
        int width = model.schema().width();
        for (int i = 0; i < text.length; i++) {
            if (Float.compare(numeric[i], text[i]) != 0) {
                throw new AssertionError("row " + i / width + ", feature " + model.schema().featureNames().get(i % width)
                        + ": numeric " + numeric[i] + " but text " + text[i]);
            }
        }
    }

    @Test
    void givenEveryLeadAtSeveralMoments_whenRowsShareTheirCommitteesParts_thenEachRowEqualsItsRowAlone() {
        SnapshotFeatures features = model.features();
        int accountsWithSeveralLeads = 0;
        for (LeadHistory h : histories) {
            accountsWithSeveralLeads += h.colleagues().isEmpty() ? 0 : 1;
        }
        assertThat(accountsWithSeveralLeads).as("leads whose committee has colleagues").isGreaterThan(50);
        // the first moment falls before many leads were created, so their committees differ by lead
        for (String at : List.of("2024-03-01T12:00:00Z", "2024-09-17T08:30:15.250Z", "2025-01-15T09:00:00Z")) {
            Instant t = Instant.parse(at);
            SharedParts shared = features.shared(t);
            List<String[]> sharedRows = histories.parallelStream().map(h -> features.values(h, t, shared).cells()).toList();
            for (int i = 0; i < histories.size(); i++) {
                String[] alone = features.values(histories.get(i), t).cells();
                assertThat(sharedRows.get(i)).as("lead %d at %s", i, at).containsExactly(alone);
            }
        }
    }

    @Test
    void givenPartsSharedAtAnotherMoment_whenARowIsBuiltWithThem_thenItIsRefused() {
        SharedParts shared = model.features().shared(CLOCK.instant());

        assertThatThrownBy(() -> model.features().values(histories.get(0), CLOCK.instant().minusSeconds(1), shared))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another moment");
    }

    @Test
    void givenTheBulkLoader_whenItReadsAnAccount_thenItsLeadsShareTheirColleaguesListsAndTheirIntent() {
        int shared = 0;
        for (LeadHistory h : histories) {
            for (LeadHistory.Colleague c : h.colleagues()) {
                LeadHistory other = histories.stream().filter(o -> o.lead().id().equals(c.lead().id())).findFirst().orElseThrow();
                assertThat(c.events()).isSameAs(other.events());
                assertThat(c.notes()).isSameAs(other.notes());
                assertThat(h.intent()).isSameAs(other.intent());
                shared++;
            }
        }
        assertThat(shared).isGreaterThan(50);
    }

    @Test
    void givenManyLeads_whenScoredInBulkWithReasons_thenEachEqualsScoringItAlone() {
        Instant at = CLOCK.instant();
        List<SnapshotScorer.Scored> bulk = SnapshotScorer.scoreAll(model, model.trees(), histories, at, true);

        assertThat(bulk).hasSize(histories.size());
        int withReasons = 0;
        for (int i = 0; i < histories.size(); i++) {
            SnapshotScorer.Scored alone = SnapshotScorer.score(model, histories.get(i), at);
            SnapshotScorer.Scored inBulk = bulk.get(i);
            assertThat(inBulk.probability()).isCloseTo(alone.probability(), Offset.offset(1e-12));
            assertThat(inBulk.tier()).isEqualTo(alone.tier());
            assertSameReasons(inBulk.positive(), alone.positive());
            assertSameReasons(inBulk.negative(), alone.negative());
            withReasons += inBulk.positive().isEmpty() ? 0 : 1;
        }
        assertThat(withReasons).isGreaterThan(histories.size() / 2);
    }

    @Test
    void givenManyLeads_whenScoredInBulkWithoutReasons_thenTheSameProbabilitiesAndNoReasons() {
        Instant at = CLOCK.instant();
        List<SnapshotScorer.Scored> with = SnapshotScorer.scoreAll(model, model.trees(), histories, at, true);
        List<SnapshotScorer.Scored> without = SnapshotScorer.scoreAll(model, model.trees(), histories, at, false);

        for (int i = 0; i < histories.size(); i++) {
            assertThat(without.get(i).probability()).isEqualTo(with.get(i).probability());
            assertThat(without.get(i).positive()).isEmpty();
        }
    }

    private static void assertSameReasons(List<Reason> bulk, List<Reason> alone) {
        assertThat(bulk).extracting(Reason::feature).isEqualTo(alone.stream().map(Reason::feature).toList());
        assertThat(bulk).extracting(Reason::text).isEqualTo(alone.stream().map(Reason::text).toList());
        for (int k = 0; k < bulk.size(); k++) {
            assertThat(bulk.get(k).contribution()).isCloseTo(alone.get(k).contribution(), Offset.offset(1e-6));
        }
    }
}
