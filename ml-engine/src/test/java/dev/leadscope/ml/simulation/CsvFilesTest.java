package dev.leadscope.ml.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {

    @Test
    void givenCellsWithCommasQuotesAndNewlines_whenWrittenAndRead_thenRoundTrip(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.csv");
        try (CsvWriter out = new CsvWriter(file, "a", "b", "c")) {
            out.row("plain", "has, comma", "say \"hi\"\nnext line");
            out.row(null, "", 42);
        }
        assertThat(Files.readString(file)).startsWith("a,b,c\nplain,\"has, comma\",\"say \"\"hi\"\"\nnext line\"\n");
        List<CsvRows.Row> rows = new ArrayList<>();
        CsvRows.forEach(file, rows::add);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("c")).isEqualTo("say \"hi\"\nnext line");
        assertThat(rows.get(1).get("a")).isNull();
        assertThat(rows.get(1).get("c")).isEqualTo("42");
    }

    @Test
    void givenInstant_whenFormatted_thenIsoUtcWithSeconds() {
        assertThat(Ids.instant(1_740_821_400L)).isEqualTo("2025-03-01T09:30:00Z");
        assertThat(Ids.decimal(0.1234567, 6)).isEqualTo("0.123457");
        assertThat(Ids.decimal(1e-9, 6)).isEqualTo("0.000000");
    }
}
