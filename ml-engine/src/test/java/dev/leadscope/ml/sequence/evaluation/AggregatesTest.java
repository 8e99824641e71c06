package dev.leadscope.ml.sequence.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.ml.sequence.SequenceEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatesTest {
    static final Instant T = Instant.parse("2024-03-04T00:00:00Z");

    @Test
    void countsPerKindAndWindowLastKindAndRecency() {
        List<SequenceEvent> events = List.of(new SequenceEvent("page_view", "pricing", T.minus(Duration.ofDays(20))),
                new SequenceEvent("page_view", "pricing", T.minus(Duration.ofDays(2))),
                new SequenceEvent("call", null, T.minus(Duration.ofHours(3))));
        Aggregates a = new Aggregates(List.of("page_view/pricing", "call"), List.of(Duration.ofDays(7)));
        float[] row = new float[a.width()];
        a.row(events, T, row, 0);
        List<String> names = a.names();
        assertThat(names).hasSize(a.width());
        assertThat(row[names.indexOf("count:page_view/pricing")]).isEqualTo(2f);
        assertThat(row[names.indexOf("count_7d:page_view/pricing")]).isEqualTo(1f);
        assertThat(row[names.indexOf("events")]).isEqualTo(3f);
        assertThat(row[names.indexOf("last:call")]).isEqualTo(1f);
        assertThat(row[names.indexOf("log_hours_since_last")]).isEqualTo((float) Math.log1p(3));
    }

    @Test
    void theSameEventsInAnotherOrderGiveTheSameCounts() {
        SequenceEvent a = new SequenceEvent("page_view", "case_study", T.minus(Duration.ofDays(3)));
        SequenceEvent b = new SequenceEvent("page_view", "pricing", T.minus(Duration.ofDays(2)));
        SequenceEvent a2 = new SequenceEvent("page_view", "case_study", b.at());
        SequenceEvent b2 = new SequenceEvent("page_view", "pricing", a.at());
        Aggregates agg = new Aggregates(List.of("page_view/case_study", "page_view/pricing"), List.of(Duration.ofDays(7)));
        float[] x = new float[agg.width()];
        float[] y = new float[agg.width()];
        agg.row(List.of(a, b), T, x, 0);
        agg.row(List.of(b2, a2), T, y, 0);
        int last = agg.names().indexOf("last:page_view/case_study");
        for (int i = 0; i < last; i++) {
            assertThat(x[i]).isEqualTo(y[i]);
        }
    }
}
