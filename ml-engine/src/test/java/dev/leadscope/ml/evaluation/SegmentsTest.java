package dev.leadscope.ml.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {

    @Test
    void givenSegmentsMuchWorseThanOverall_whenChecked_thenWarnedNamingThem() {
        List<SegmentMetrics> segments = List.of(
                new SegmentMetrics("Lead Source", "Google", 500, 200, 0.90, 0.02, 0.4),
                new SegmentMetrics("Lead Source", "Olark Chat", 300, 60, 0.84, 0.03, 0.2),
                new SegmentMetrics("Region", "EMEA", 100, 30, 0.91, 0.09, 0.5));
        List<String> w = Segments.warnings(segments, 0.91, 0.02);
        assertThat(w).hasSize(2);
        assertThat(w.get(0)).contains("Lead Source = Olark Chat").contains("ROC AUC 0.840");
        assertThat(w.get(1)).contains("Region = EMEA").contains("calibration error 0.090");
    }
}
