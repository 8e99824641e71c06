package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerLeadWeightsTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void givenALeadOpenFourWeeksAndOneOpenOneWeek_whenWeighted_thenEachLeadWeighsTheSameInAll() {
        List<Example> rows = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            rows.add(new Example(0, T0.plus(Duration.ofDays(7L * week)), 0));
        }
        rows.add(new Example(1, T0, 1));

        float[] w = SnapshotTrainer.perLead(rows);

        // mean weight 1 over 5 rows: each lead's snapshots add up to 2.5
        assertThat(w[0] + w[1] + w[2] + w[3]).isCloseTo(2.5f, within(1e-5f));
        assertThat(w[4]).isCloseTo(2.5f, within(1e-5f));
    }

    @Test
    void givenAFeedbackLabelWithHalfWeight_whenWeighted_thenItKeepsHalfTheWeightOfItsLead() {
        List<Example> rows = List.of(new Example(0, T0, 1, 0.5), new Example(1, T0, 0, 1.0));

        float[] w = SnapshotTrainer.perLead(rows);

        assertThat(w[0] / w[1]).isCloseTo(0.5f, within(1e-5f));
        assertThat(w[0] + w[1]).isCloseTo(2f, within(1e-5f));
    }
}
