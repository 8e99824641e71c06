package dev.leadscope.rest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateSequencesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void givenAnUnknownLog_whenRun_thenUsageErrorNamesTheChoices() {
        assertThat(run("evaluate-sequences", "crm", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'bpic' or 'simulator'").contains("crm");
    }

    @Test
    void givenAnOddWindow_whenRun_thenUsageErrorNamesTheOption() {
        assertThat(run("evaluate-sequences", "bpic", "--data", dir.toString(), "--window", "51")).isEqualTo(2);
        assertThat(err.toString()).contains("--window").contains("51");
    }

    @Test
    void givenAFolderWithoutTheLog_whenRun_thenFailureNamesTheMissingFile() {
        assertThat(run("evaluate-sequences", "bpic", "--data", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cases.csv");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void givenABadSplitDate_whenRun_thenUsageError() {
        assertThat(run("evaluate-sequences", "simulator", "--data", dir.toString(), "--split", "July")).isEqualTo(2);
        assertThat(err.toString()).contains("--split");
    }

    @Test
    void givenAnUnknownUnit_whenRun_thenUsageErrorNamesTheOption() {
        assertThat(run("evaluate-sequences", "simulator", "--data", dir.toString(), "--unit", "rep")).isEqualTo(2);
        assertThat(err.toString()).contains("--unit").contains("rep");
    }
}
