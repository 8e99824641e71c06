package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.sequence.EventContribution;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.column.SequenceColumn;
import dev.leadscope.ml.sequence.column.SequenceColumnStates;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Single-lead scoring, the kept state stepped by new events, and bulk scoring give a model with the LSTM column the
 * same column and the same probability; a state is rebuilt after an out-of-order event or a model change.
 */
class SequenceColumnServingTest {
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");
    private static final int LEADS = 250;

    private static SnapshotModel model() {
        ModelInfo info = SequenceColumnTrainingTest.trainedOn().model();
        return SnapshotModel.load(info, SequenceColumnTrainingTest.storedBytes(info.version()));
    }

    /** The first leads (by id) with at least three events. */
    private static List<LeadHistory> leads() {
        List<LeadHistory> all = new ArrayList<>(new HistoryLoader(SimulatedWorkspace.of(150, 5).data).all(SimulatedWorkspace.WS, n -> { }));
        all.sort(Comparator.comparing(h -> h.lead().id().value()));
        return all.stream().filter(h -> h.events().size() >= 3).limit(LEADS).toList();
    }

    @Test
    void givenLeads_whenScoredOneByOneFromKeptStatesAndInBulk_thenTheSameColumnAndProbability() {
        SnapshotModel model = model();
        SequenceColumn column = model.sequence();
        List<LeadHistory> leads = leads();
        assertThat(leads.size()).isEqualTo(LEADS);
        SequenceColumnStates states = new SequenceColumnStates(column, 10_000);
        // each lead's state first learns the first half of its events (scored just after them), then is stepped by the rest
        for (LeadHistory h : leads) {
            List<SequenceEvent> events = SequenceColumn.events(h);
            Instant half = events.get(events.size() / 2).at();
            double early = states.value(h.lead().id().value(), events, half);
            assertThat(early).isCloseTo(column.value(events, half), within(1e-5));
        }
        long rebuilt = states.rebuilds();
        assertThat(rebuilt).isEqualTo(2L * LEADS);

        List<Example> rows = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            rows.add(new Example(i, NOW, 0));
        }
        float[] bulkMatrix = model.encode(leads, rows);
        double[] bulk = SnapshotScorer.scoreAll(model, model.trees(), leads, NOW, false).stream()
                .mapToDouble(SnapshotScorer.Scored::probability).toArray();
        int width = model.width();
        for (int i = 0; i < leads.size(); i++) {
            LeadHistory h = leads.get(i);
            List<SequenceEvent> events = SequenceColumn.events(h);
            double single = column.value(events, NOW);
            double incremental = states.value(h.lead().id().value(), events, NOW);
            assertThat(incremental).as("kept state of lead %d", i).isCloseTo(single, within(1e-5));
            assertThat((double) bulkMatrix[i * width + width - 1]).as("bulk column of lead %d", i).isCloseTo(single, within(1e-5));

            double pSingle = SnapshotScorer.score(model, h, NOW).probability();
            double pIncremental = SnapshotScorer.score(model, h, NOW, events, incremental).probability();
            assertThat(pIncremental).as("probability from the kept state, lead %d", i).isCloseTo(pSingle, within(1e-6));
            assertThat(bulk[i]).as("bulk probability of lead %d", i).isCloseTo(pSingle, within(1e-6));
        }
        // every lead was stepped, none rebuilt
        assertThat(states.rebuilds()).isEqualTo(rebuilt);

        // an event older than a lead's latest forces a rebuild, and the value is that of the new history
        LeadHistory first = leads.get(0);
        List<SequenceEvent> events = new ArrayList<>(SequenceColumn.events(first));
        events.add(1, new SequenceEvent("page_view", "pricing", events.get(0).at().plusSeconds(1)));
        double late = states.value(first.lead().id().value(), events, NOW);
        assertThat(states.rebuilds()).isEqualTo(rebuilt + 2);
        assertThat(late).isCloseTo(column.value(events, NOW), within(1e-5));
    }

    @Test
    void givenTheServiceWithAnLstmModel_whenALeadIsScoredNowAndAgainAfterANewEvent_thenItMatchesScoringItsHistoryAtThatMoment() {
        SimulatedWorkspace sim = SimulatedWorkspace.fresh(150, 5);
        ModelInfo info = SequenceColumnTrainingTest.trainedOn().model();
        sim.data.registry().save(new dev.leadscope.domain.scoring.ModelArtifact(info, SequenceColumnTrainingTest.storedBytes(info.version()), "r"));
        sim.data.registry().activate(SimulatedWorkspace.WS, info.version());
        SnapshotModel model = SnapshotModel.load(info, SequenceColumnTrainingTest.storedBytes(info.version()));
        LoadedModels models = new LoadedModels(sim.data.registry());
        LeadScoringService scoring = new LeadScoringService(sim.data, models, Clock.fixed(NOW, ZoneOffset.UTC));
        LeadHistory lead = leads().get(3);

        LeadScore now = scoring.score(SimulatedWorkspace.WS, lead.lead().id());
        LeadHistory stored = new HistoryLoader(sim.data).one(lead.lead());
        assertThat(now.probability().value()).isCloseTo(SnapshotScorer.score(model, stored, NOW).probability(), within(1e-6));

        sim.data.events().appendAbsent(List.of(new ActivityEvent(SimulatedWorkspace.WS, new EventId("lstm-new-1"), lead.lead().id(),
                lead.events().get(0).type(), "pricing", NOW.minusSeconds(60), Map.of())));
        LeadScore after = scoring.score(SimulatedWorkspace.WS, lead.lead().id());
        LeadHistory withEvent = new HistoryLoader(sim.data).one(lead.lead());
        assertThat(withEvent.events()).hasSize(stored.events().size() + 1);
        assertThat(after.probability().value()).isCloseTo(SnapshotScorer.score(model, withEvent, NOW).probability(), within(1e-6));
        assertThat(models.sequenceStates(SimulatedWorkspace.WS, info.version(), model).rebuilds()).isEqualTo(2);

        List<LeadScore> realtime = scoring.scoreAll(SimulatedWorkspace.WS, List.of(lead.lead().id()));
        assertThat(realtime.get(0).probability().value()).isCloseTo(after.probability().value(), within(1e-6));
        assertThat(models.sequenceStates(SimulatedWorkspace.WS, info.version(), model).rebuilds()).isEqualTo(2);
    }

    @Test
    void givenALeadsEvents_whenTheColumnIsWorded_thenTheReasonNamesTheLatestEventThatMovedItMost() {
        SnapshotModel model = model();
        LeadHistory lead = leads().get(5);
        List<SequenceEvent> events = SequenceColumn.events(lead);
        List<EventContribution> contributions = model.sequence().attributeRecent(events, NOW, SequenceWording.RECENT);
        EventContribution strongest = contributions.stream().max(Comparator.comparingDouble(c -> Math.abs(c.points()))).orElseThrow();

        String text = SequenceWording.describe(model.sequence(), events, NOW, strongest.points());

        assertThat(contributions).hasSize(Math.min(SequenceWording.RECENT, events.size()));
        // the shared-prefix states give what a pass over the history without that event gives
        List<SequenceEvent> rest = new ArrayList<>(events);
        rest.remove(strongest.index());
        assertThat(strongest.without()).isCloseTo(1 / (1 + Math.exp(-model.sequence().value(rest, NOW))), within(1e-6));
        assertThat(strongest.with()).isCloseTo(1 / (1 + Math.exp(-model.sequence().value(events, NOW))), within(1e-6));
        assertThat(text).startsWith("Recent activity sequence: the " + SequenceWording.name(strongest.event()) + " on ")
                .contains(strongest.points() > 0 ? "added" : "took").endsWith("the sequence score");
    }
}
