package dev.leadscope.rest.imports.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.AttributeType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeDetectorTest {
    private final TypeDetector detector = new TypeDetector(new TimeParser(ZoneId.of("UTC"), null));

    @Test
    void givenDecimalNumbers_whenDetected_thenNumber() {
        assertThat(detector.detect(List.of("0", "5", "2.5", "-1e3", "674"))).isEqualTo(AttributeType.NUMBER);
    }

    @Test
    void givenCodesWithLeadingZeros_whenDetected_thenNotNumber() {
        assertThat(detector.detect(List.of("01234", "02345", "01234"))).isEqualTo(AttributeType.CATEGORY);
    }

    @Test
    void givenYesNoWords_whenDetected_thenBoolean() {
        assertThat(detector.detect(List.of("Yes", "No", "no", "YES"))).isEqualTo(AttributeType.BOOLEAN);
    }

    @Test
    void givenIsoTimestampsAndDates_whenDetected_thenTimestamp() {
        assertThat(detector.detect(List.of("2011-10-01T00:38:44.546+02:00", "2016-10-20", "2024-01-01T10:00:00Z")))
                .isEqualTo(AttributeType.TIMESTAMP);
    }

    @Test
    void givenFewRepeatedLabels_whenDetected_thenCategory_andManyUniqueSentences_thenText() {
        List<String> labels = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            labels.add(i % 3 == 0 ? "India" : "Select Country " + (i % 7));
            sentences.add("customer said call back about plan " + i);
        }
        assertThat(detector.detect(labels)).isEqualTo(AttributeType.CATEGORY);
        assertThat(detector.detect(sentences)).isEqualTo(AttributeType.TEXT);
    }

    @Test
    void givenNoValues_whenDetected_thenText() {
        assertThat(detector.detect(List.of())).isEqualTo(AttributeType.TEXT);
    }
}
