package dev.leadscope.rest.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(byte[] bytes, char delimiter) throws IOException {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), delimiter, '"', StandardCharsets.UTF_8)) {
            CsvRecord r;
            while ((r = reader.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<CsvRecord> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), (char) 0);
    }

    @Test
    void givenQuotedFieldsWithDelimitersAndEscapedQuotes_whenRead_thenFieldsAreUnquoted() throws IOException {
        List<CsvRecord> rows = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"\"\n");

        assertThat(rows.get(1).fields()).containsExactly("x, y", "say \"hi\"", "");
    }

    @Test
    void givenNewlinesInsideQuotes_whenRead_thenOneRecordAndLineNumbersCountPhysicalLines() throws IOException {
        List<CsvRecord> rows = read("id,text\r\n1,\"first\r\nsecond\nthird\"\r\n2,plain\r\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(1)).isEqualTo("first\r\nsecond\nthird");
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(2).line()).isEqualTo(5);
        assertThat(rows.get(2).fields()).containsExactly("2", "plain");
    }

    @Test
    void givenUtf8ByteOrderMark_whenRead_thenFirstHeaderHasNoMark() throws IOException {
        byte[] body = "name,city\nJosé,Zürich\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        List<CsvRecord> rows = read(withBom, (char) 0);

        assertThat(rows.get(0).get(0)).isEqualTo("name");
        assertThat(rows.get(1).fields()).containsExactly("José", "Zürich");
    }

    @Test
    void givenSemicolonTabOrCommaHeader_whenDelimiterIsAuto_thenDetected() throws IOException {
        try (CsvReader semi = new CsvReader(new ByteArrayInputStream("a;b;\"c,d\"\n1;2;3\n".getBytes(StandardCharsets.UTF_8)), (char) 0, '"', StandardCharsets.UTF_8);
             CsvReader tab = new CsvReader(new ByteArrayInputStream("a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8)), (char) 0, '"', StandardCharsets.UTF_8);
             CsvReader comma = new CsvReader(new ByteArrayInputStream("a,b;c,d\n".getBytes(StandardCharsets.UTF_8)), (char) 0, '"', StandardCharsets.UTF_8)) {
            assertThat(semi.delimiter()).isEqualTo(';');
            assertThat(semi.next().fields()).containsExactly("a", "b", "c,d");
            assertThat(tab.delimiter()).isEqualTo('\t');
            assertThat(comma.delimiter()).isEqualTo(',');
        }
    }

    @Test
    void givenRaggedRowsAndBlankLines_whenRead_thenSizesAreKeptAndBlankLinesSkipped() throws IOException {
        List<CsvRecord> rows = read("a,b,c\n1,2\n\n4,5,6,7\n8,9,10");

        assertThat(rows).extracting(CsvRecord::size).containsExactly(3, 2, 4, 3);
        assertThat(rows).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L, 5L);
    }

    @Test
    void givenUnterminatedQuoteOrTextAfterQuote_whenRead_thenRecordIsMarkedMalformed() throws IOException {
        List<CsvRecord> rows = read("a,b\n\"x\"y,1\n2,\"open\n");

        assertThat(rows.get(1).problem()).contains("after a closing quote");
        assertThat(rows.get(2).problem()).contains("unterminated");
        assertThat(rows.get(0).malformed()).isFalse();
    }

    @Test
    void givenLargeInput_whenRead_thenRecordsStreamAcrossBufferBoundaries() throws IOException {
        StringBuilder sb = new StringBuilder("id,text\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i).append(",\"row ").append(i).append(" \"\"q\"\"\"\r\n");
        }

        List<CsvRecord> rows = read(sb.toString());

        assertThat(rows).hasSize(20_001);
        assertThat(rows.get(20_000).fields()).containsExactly("19999", "row 19999 \"q\"");
        assertThat(rows.get(20_000).line()).isEqualTo(20_001);
    }
}
