package dev.leadscope.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableReaderTest {
    private final TableReader reader = new TableReader(TableReader.DEFAULT_MISSING_TOKENS);

    @Test
    void givenSemicolonsQuotesAndBom_whenRead_thenCellsAreSplitAndUnquoted() {
        String text = "\uFEFFid;name;note\r\n1;\"Smith; John\";\"said \"\"hi\"\"\nthen left\"\r\n2;Ann;\r\n";
        Table t = reader.parse(text, "test").table();
        assertThat(t.columns()).containsExactly("id", "name", "note");
        assertThat(t.cell(0, 1)).isEqualTo("Smith; John");
        assertThat(t.cell(0, 2)).isEqualTo("said \"hi\"\nthen left");
        assertThat(t.cell(1, 2)).isNull();
        assertThat(t.line(1)).isEqualTo(4);
    }

    @Test
    void givenTabs_whenRead_thenTabIsTheDelimiter() {
        Table t = reader.parse("a\tb\n1\t2\n", "test").table();
        assertThat(t.columns()).containsExactly("a", "b");
        assertThat(t.cell(0, 1)).isEqualTo("2");
    }

    @Test
    void givenSelectAndBlanks_whenRead_thenTheyAreMissing() {
        Table t = reader.parse("a,b\nSelect,\n x ,select\n", "test").table();
        assertThat(t.cell(0, 0)).isNull();
        assertThat(t.cell(0, 1)).isNull();
        assertThat(t.cell(1, 0)).isEqualTo("x");
        assertThat(t.cell(1, 1)).isNull();
    }

    @Test
    void givenConfiguredMissingToken_whenRead_thenOnlyThatTokenIsMissing() {
        Table t = new TableReader(List.of("n/a")).parse("a\nSelect\nN/A\n", "test").table();
        assertThat(t.cell(0, 0)).isEqualTo("Select");
        assertThat(t.cell(1, 0)).isNull();
    }

    @Test
    void givenRowWithTooFewCells_whenRead_thenItIsRejectedWithItsLine() {
        TableReader.Result r = reader.parse("a,b\n1,2\n3\n4,5\n", "test");
        assertThat(r.table().rowCount()).isEqualTo(2);
        assertThat(r.rejectedRows()).containsExactly("line 3: 1 cells where the header has 2");
    }

    @Test
    void givenMixedColumns_whenRead_thenTypesAreDetected() {
        String text = "num,flag,cat,when,text,zeroone\n"
                + "1.5,Yes,red,2024-01-02,the quick brown fox jumps,0\n"
                + "-2,no,blue,2024-01-03T10:00:00Z,a slow green turtle walks home,1\n"
                + ",TRUE,red,,lorem ipsum dolor sit amet,1\n";
        Table t = reader.parse(text, "test").table();
        assertThat(List.of(t.type(0), t.type(1), t.type(2), t.type(3), t.type(4), t.type(5))).containsExactly(
                ColumnType.NUMBER, ColumnType.BOOLEAN, ColumnType.CATEGORY, ColumnType.TIMESTAMP, ColumnType.TEXT,
                ColumnType.BOOLEAN);
    }

    @Test
    void givenUnclosedQuote_whenRead_thenErrorNamesTheLine() {
        assertThatThrownBy(() -> reader.parse("a,b\n1,\"open\n", "f.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("f.csv").hasMessageContaining("line 2");
    }

    @Test
    void givenLabelsInAnyCase_whenRead_thenOneAndZero() {
        Table t = reader.parse("y\nYES\nno\nTrue\nfalse\n1\n0\n", "test").table();
        assertThat(Labels.read(t, "y")).containsExactly(1, 0, 1, 0, 1, 0);
    }

    @Test
    void givenBadLabel_whenRead_thenErrorNamesTheLineAndValue() {
        Table t = reader.parse("id,y\n1,yes\n2,maybe\n", "test").table();
        assertThatThrownBy(() -> Labels.read(t, "y"))
                .hasMessageContaining("line 3").hasMessageContaining("'maybe'").hasMessageContaining("'y'");
    }

    @Test
    void givenUnknownColumn_whenLookedUp_thenErrorListsTheColumns() {
        Table t = reader.parse("a,b\n1,2\n", "test").table();
        assertThatThrownBy(() -> t.column("c")).hasMessageContaining("'c'").hasMessageContaining("[a, b]");
    }
}
