package dev.leadscope.ml.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.ml.evaluation.Metrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SequenceModelTest {
    static final LstmParams PARAMS = new LstmParams(8, 8, 2, 0.03, 32, 1e-5, 0.2, true, 10, 10, 100);
    static SequenceModel model;
    static List<SequenceModelTrainer.Example> test;

    @BeforeAll
    static void train() {
        model = new SequenceModelTrainer(PARAMS, m -> { }).train(OrderedSequences.examples(900, 1), 7L);
        test = OrderedSequences.examples(3000, 2);
    }

    @Test
    void givenHistoriesWhereOnlyOrderMatters_whenTrained_thenHeldOutAucIsHigh() {
        double[] z = new double[test.size()];
        int[] y = new int[test.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = model.logit(test.get(i).events(), test.get(i).at());
            y[i] = test.get(i).converted() ? 1 : 0;
        }
        assertThat(Metrics.rocAuc(z, y)).isGreaterThan(0.8);
        assertThat(model.provenance().epochsRun()).isBetween(1, PARAMS.maxEpochs());
        assertThat(model.provenance().validationAuc()).isGreaterThan(0.8);
    }

    @Test
    void plainJavaForwardPassEqualsTheLibraryOnThousandsOfSequences() {
        List<List<SequenceEvent>> histories = test.stream().map(SequenceModelTrainer.Example::events).toList();
        List<Instant> at = test.stream().map(SequenceModelTrainer.Example::at).toList();
        double[] bulk = model.libraryLogits(histories, at);
        double worst = 0;
        for (int i = 0; i < bulk.length; i++) {
            worst = Math.max(worst, Math.abs(SequenceModel.sigmoid(bulk[i]) - SequenceModel.sigmoid(model.logit(histories.get(i), at.get(i)))));
        }
        assertThat(bulk).hasSize(3000);
        assertThat(worst).isLessThan(1e-5);
    }

    @Test
    void bulkScoringGivesEachLeadItsSingleLeadValueToTheBit() {
        List<List<SequenceEvent>> histories = test.stream().map(SequenceModelTrainer.Example::events).toList();
        List<Instant> at = test.stream().map(SequenceModelTrainer.Example::at).toList();
        double[] bulk = model.logits(histories, at);
        assertThat(bulk).hasSize(histories.size());
        for (int i = 0; i < bulk.length; i++) {
            assertThat(bulk[i]).as("sequence %d", i).isEqualTo(model.logit(histories.get(i), at.get(i)));
        }
        assertThatThrownBy(() -> model.logits(histories, at.subList(0, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scoring moments");
    }

    @Test
    void givenEventsOneByOne_whenStateAdvanced_thenScoreEqualsTheFullForwardPass() {
        Random r = new Random(3);
        for (int n = 0; n < 200; n++) {
            List<SequenceEvent> events = OrderedSequences.history(r, r.nextBoolean());
            SequenceState s = model.start();
            for (SequenceEvent e : events) {
                s = model.advance(s, e);
            }
            Instant at = events.get(events.size() - 1).at().plus(Duration.ofHours(5));
            assertThat(model.logit(s, at)).isCloseTo(model.logit(events, at), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(s.events()).isEqualTo(events.size());
        }
    }

    @Test
    void givenMoreEventsThanTheWindow_whenStateAdvanced_thenEveryScoreEqualsTheWindowedForwardPass() {
        SequenceModel small = withWindow(4);
        List<SequenceEvent> events = OrderedSequences.history(new Random(9), true);
        while (events.size() < 15) {
            events.add(new SequenceEvent("email_open", null, events.get(events.size() - 1).at().plus(Duration.ofHours(3))));
        }
        SequenceState s = small.start();
        for (int n = 1; n <= events.size(); n++) {
            s = small.advance(s, events.get(n - 1));
            Instant at = events.get(n - 1).at().plus(Duration.ofHours(2));
            assertThat(small.logit(s, at)).isCloseTo(small.logit(events, at), org.assertj.core.data.Offset.offset(1e-9));
            int read = small.encoder().encode(events, at).length - 1;
            assertThat(read).isBetween(Math.min(n, 3), 4);
        }
    }

    @Test
    void trainingLeavesNoNativeWorkspacesOnItsThread() throws Exception {
        java.util.concurrent.atomic.AtomicReference<Object> left = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                new SequenceModelTrainer(PARAMS, m -> { }).train(OrderedSequences.examples(400, 5), 3L);
                left.set(org.nd4j.linalg.factory.Nd4j.getWorkspaceManager().getAllWorkspacesForCurrentThread().size());
            } catch (RuntimeException e) {
                left.set(e);
            }
        });
        t.start();
        t.join();
        assertThat(left.get()).isEqualTo(0);
    }

    @Test
    void anOddWindowIsRefused() {
        assertThatThrownBy(() -> new SequenceEncoder(model.encoder().vocabulary(), 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("even");
    }

    @Test
    void givenStateOfAnotherModel_whenAdvancedOrScored_thenRefused() {
        SequenceModel other = withWindow(4);
        SequenceState stale = other.start();
        SequenceEvent e = new SequenceEvent("page_view", "pricing", OrderedSequences.START);
        assertThatThrownBy(() -> model.advance(stale, e)).isInstanceOf(StaleSequenceStateException.class)
                .hasMessageContaining(other.version()).hasMessageContaining("rebuild");
        assertThatThrownBy(() -> model.logit(stale, OrderedSequences.START)).isInstanceOf(StaleSequenceStateException.class);
    }

    @Test
    void givenAnEventOlderThanTheLatest_whenAdvanced_thenRefusedNamingBothTimes() {
        SequenceState s = model.advance(model.start(), new SequenceEvent("blog", null, OrderedSequences.START.plusSeconds(60)));
        assertThatThrownBy(() -> model.advance(s, new SequenceEvent("blog", null, OrderedSequences.START)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("older than");
    }

    @Test
    void givenCaseStudyBeforePricing_whenAttributed_thenThePricingVisitAddsPoints() {
        Instant t = OrderedSequences.START;
        List<SequenceEvent> events = List.of(new SequenceEvent("blog", null, t),
                new SequenceEvent("page_view", "case_study", t.plus(Duration.ofHours(5))),
                new SequenceEvent("page_view", "pricing", t.plus(Duration.ofHours(20))));
        List<EventContribution> c = model.attribute(events, t.plus(Duration.ofHours(30)));
        assertThat(c).hasSize(3);
        assertThat(c.get(2).event().category()).isEqualTo("pricing");
        assertThat(c.get(2).points()).isGreaterThan(5.0);
        assertThat(c.get(2).with()).isEqualTo(SequenceModel.sigmoid(model.logit(events, t.plus(Duration.ofHours(30)))));
    }

    @Test
    void artifactRoundTripScoresIdenticallyAndKeepsProvenance() {
        SequenceModel loaded = SequenceArtifact.fromBytes(SequenceArtifact.toBytes(model));
        assertThat(loaded.version()).isEqualTo(model.version());
        assertThat(loaded.provenance()).isEqualTo(model.provenance());
        for (SequenceModelTrainer.Example e : test.subList(0, 200)) {
            assertThat(loaded.logit(e.events(), e.at())).isEqualTo(model.logit(e.events(), e.at()));
        }
    }

    @Test
    void damagedArtifactIsRefusedNamingThePart() {
        assertThatThrownBy(() -> SequenceArtifact.fromBytes(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks");
    }

    private static SequenceModel withWindow(int window) {
        SequenceEncoder encoder = new SequenceEncoder(model.encoder().vocabulary(), window);
        return SequenceArtifact.of(encoder, model.network().clone(), model.provenance());
    }
}
