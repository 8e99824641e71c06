package dev.leadscope.ml.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeadSequenceStatesTest {
    static SequenceModel first;
    static SequenceModel second;

    @BeforeAll
    static void train() {
        LstmParams p = new LstmParams(6, 2, 1, 0.02, 64, 1e-5, 0.2, true, 10, 10, 100);
        first = new SequenceModelTrainer(p, m -> { }).train(OrderedSequences.examples(300, 1), 1L);
        second = new SequenceModelTrainer(p, m -> { }).train(OrderedSequences.examples(300, 1), 2L);
    }

    @Test
    void givenEventsOneByOne_thenEachCostsOneStepAndScoresLikeTheWholeHistory() {
        LeadSequenceStates states = new LeadSequenceStates(first);
        List<SequenceEvent> history = new ArrayList<>();
        for (SequenceEvent e : OrderedSequences.history(new Random(4), true)) {
            history.add(e);
            Instant now = e.at().plusSeconds(30);
            double z = states.onEvent("lead-1", e, now, () -> List.copyOf(history));
            assertThat(z).isCloseTo(first.logit(history, now), Offset.offset(1e-9));
        }
        assertThat(states.rebuilds()).isEqualTo(1);
    }

    @Test
    void givenAModelChange_whenTheNextEventArrives_thenTheStateIsRebuiltFromHistoryNeverReused() {
        LeadSequenceStates states = new LeadSequenceStates(first);
        List<SequenceEvent> history = new ArrayList<>(OrderedSequences.history(new Random(5), false));
        Instant t = history.get(history.size() - 1).at();
        states.score("lead-2", t.plusSeconds(1), () -> history);
        states.useModel(second);
        SequenceEvent next = new SequenceEvent("page_view", "pricing", t.plus(Duration.ofHours(1)));
        history.add(next);
        Instant now = next.at().plusSeconds(1);
        double z = states.onEvent("lead-2", next, now, () -> history);
        assertThat(z).isCloseTo(second.logit(history, now), Offset.offset(1e-9));
        assertThat(z).isNotCloseTo(first.logit(history, now), Offset.offset(1e-9));
        assertThat(states.rebuilds()).isEqualTo(2);
    }

    @Test
    void givenALateEventOlderThanTheLatest_thenTheStateIsRebuiltInTimeOrder() {
        LeadSequenceStates states = new LeadSequenceStates(first);
        List<SequenceEvent> history = new ArrayList<>(OrderedSequences.history(new Random(6), true));
        Instant t = history.get(history.size() - 1).at();
        states.score("lead-3", t.plusSeconds(1), () -> history);
        SequenceEvent late = new SequenceEvent("email_open", null, history.get(0).at().plusSeconds(1));
        history.add(1, late);
        double z = states.onEvent("lead-3", late, t.plusSeconds(60), () -> history);
        assertThat(z).isCloseTo(first.logit(history, t.plusSeconds(60)), Offset.offset(1e-9));
    }
}
