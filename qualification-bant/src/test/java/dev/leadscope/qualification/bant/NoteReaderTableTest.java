package dev.leadscope.qualification.bant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoteReaderTableTest {
    private final NoteReader reader = new NoteReader(PhraseLexicon.defaults());

    record Row(int line, String sentence, Map<BantCriterion, BantStatus> expected) {
    }

    static List<Row> table() throws IOException {
        return table("/bant-sentences.psv");
    }

    static List<Row> table(String resource) throws IOException {
        try (InputStream in = NoteReaderTableTest.class.getResourceAsStream(resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cells = lines[i].split("\\|");
                Map<BantCriterion, BantStatus> expected = new EnumMap<>(BantCriterion.class);
                for (BantCriterion c : BantCriterion.values()) {
                    expected.put(c, switch (cells[1 + c.ordinal()].strip()) {
                        case "met" -> BantStatus.MET;
                        case "partly" -> BantStatus.PARTLY;
                        case "not" -> BantStatus.NOT_MET;
                        case "-" -> BantStatus.UNKNOWN;
                        default -> throw new IllegalArgumentException("line " + (i + 1) + ": bad status " + cells[1 + c.ordinal()]);
                    });
                }
                rows.add(new Row(i + 1, cells[0].strip(), expected));
            }
            return rows;
        }
    }

    Map<BantCriterion, BantStatus> classify(String sentence) {
        Map<BantCriterion, BantStatus> out = new EnumMap<>(BantCriterion.class);
        for (BantCriterion c : BantCriterion.values()) {
            out.put(c, BantStatus.UNKNOWN);
        }
        reader.verdicts(sentence).forEach((c, f) -> out.put(c, f.status()));
        return out;
    }

    @Test
    void givenTheSentenceTable_whenEachSentenceIsRead_thenEveryRowIsClassifiedAsExpected() throws IOException {
        List<Row> rows = table();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Map<BantCriterion, BantStatus> got = classify(row.sentence());
            if (!got.equals(row.expected())) {
                wrong.add("line " + row.line() + " '" + row.sentence() + "': expected " + row.expected() + " got " + got);
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(wrong).isEmpty();
    }

    @Test
    void givenSentencesNeverUsedForTuning_whenRead_thenHalfAreExactAndMostVerdictsGivenAreRight() throws IOException {
        List<Row> rows = table("/bant-sentences-unseen.psv");
        int exact = 0;
        int decided = 0;
        int decidedRight = 0;
        for (Row row : rows) {
            Map<BantCriterion, BantStatus> got = classify(row.sentence());
            exact += got.equals(row.expected()) ? 1 : 0;
            for (BantCriterion c : BantCriterion.values()) {
                if (got.get(c) != BantStatus.UNKNOWN) {
                    decided++;
                    decidedRight += got.get(c) == row.expected().get(c) ? 1 : 0;
                }
            }
        }
        assertThat(rows).hasSize(20);
        assertThat(exact).isGreaterThanOrEqualTo(10);
        assertThat(decidedRight).isGreaterThanOrEqualTo((int) Math.ceil(0.75 * decided));
    }

    @Test
    void givenTheTable_whenCounted_thenItHoldsNegationsHedgesAndEveryStatusOfEveryCriterion() throws IOException {
        List<Row> rows = table();
        for (BantCriterion c : BantCriterion.values()) {
            for (BantStatus s : BantStatus.values()) {
                assertThat(rows).as(c + " " + s).anyMatch(r -> r.expected().get(c) == s);
            }
        }
        assertThat(rows).filteredOn(r -> r.sentence().matches("(?i).*\\b(no|not|n't)\\b.*")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(rows).filteredOn(r -> r.sentence().matches("(?i).*\\b(might|maybe|probably|possibly|could)\\b.*"))
                .hasSizeGreaterThanOrEqualTo(8);
    }
}
