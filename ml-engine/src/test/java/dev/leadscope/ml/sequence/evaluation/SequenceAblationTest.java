package dev.leadscope.ml.sequence.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.sequence.LstmParams;
import dev.leadscope.ml.sequence.SequenceEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SequenceAblationTest {
    static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

    /** Accounts that read a case study, then pricing (then open an e-mail or two), convert more than those that did it the other way round. */
    static List<LabelledSequence> examples(int n, Random r, String prefix) {
        List<LabelledSequence> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean caseStudyFirst = r.nextBoolean();
            List<SequenceEvent> events = new ArrayList<>();
            Instant t = START.plus(Duration.ofHours(r.nextInt(200)));
            for (int k = r.nextInt(3); k > 0; k--) {
                t = t.plus(Duration.ofHours(1 + r.nextInt(40)));
                events.add(new SequenceEvent("email_open", null, t));
            }
            for (String page : caseStudyFirst ? List.of("case_study", "pricing") : List.of("pricing", "case_study")) {
                t = t.plus(Duration.ofHours(1 + r.nextInt(40)));
                events.add(new SequenceEvent("page_view", page, t));
            }
            for (int k = 1 + r.nextInt(2); k > 0; k--) {
                t = t.plus(Duration.ofHours(1 + r.nextInt(40)));
                events.add(new SequenceEvent("email_open", null, t));
            }
            int label = r.nextDouble() < (caseStudyFirst ? 0.7 : 0.2) ? 1 : 0;
            out.add(new LabelledSequence(prefix + i, 0, t.plus(Duration.ofHours(2)), events, new float[] {r.nextFloat()}, label));
        }
        return out;
    }

    @Test
    void givenOutcomesThatDependOnOrderOnly_whenAblated_thenTheBlendBeatsTheAggregates() {
        Random r = new Random(5);
        List<LabelledSequence> test = examples(800, r, "b");
        // a reference that knows every outcome: it must come out at AUC 1 beside the models
        double[] knowing = test.stream().mapToDouble(s -> 0.1 + 0.8 * s.label()).toArray();
        SequenceDataset data = new SequenceDataset("ordered pages", List.of("noise"), examples(1200, r, "a"), test,
                List.of(Duration.ofDays(7)), "all", java.util.Map.of("knowing reference", knowing), List.of());
        LstmParams lstm = new LstmParams(8, 8, 2, 0.02, 64, 1e-5, 0.15, true, 10, 10, 20);
        List<String> messages = new ArrayList<>();
        AblationResult result = new SequenceAblation(lstm, BoostingParams.DEFAULTS, 2, 1, messages::add).run(data, 3L);
        double baseline = result.variant(SequenceAblation.BASELINE).pooledAuc();
        assertThat(baseline).isLessThan(0.6);
        assertThat(result.variant(SequenceAblation.LSTM).pooledAuc()).isGreaterThan(baseline + 0.1);
        assertThat(result.variant(SequenceAblation.BLEND).pooledAuc()).isGreaterThan(baseline + 0.1);
        double aggregates = result.variant(SequenceAblation.AGGREGATES).pooledAuc();
        assertThat(result.variant(SequenceAblation.AGGREGATES_LSTM).pooledAuc()).isGreaterThan(aggregates + 0.1);
        assertThat(result.lstmOverAggregates()[1]).as("lower end of the bootstrap interval of aggregates + LSTM - aggregates").isGreaterThan(0.0);
        assertThat(result.lstmRuns()).hasSize(2);
        assertThat(result.blendGain()[1]).as("lower end of the bootstrap interval of blend - baseline").isGreaterThan(0.0);
        assertThat(result.toMarkdown()).contains("| LSTM only |").contains("| aggregates + LSTM (trees) |").contains("Aggregates + LSTM minus aggregates only").contains("fold 1");
        assertThat(messages).anyMatch(m -> m.startsWith("epoch 1"));
        assertThat(result.variant("knowing reference").pooledAuc()).isEqualTo(1.0);
        assertThat(result.toMarkdown()).contains("| knowing reference |");
    }
}
