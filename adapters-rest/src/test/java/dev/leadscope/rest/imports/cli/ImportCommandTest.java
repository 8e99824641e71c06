package dev.leadscope.rest.imports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.rest.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void givenInvalidMapping_whenImported_thenExit2AndEveryProblemNamesItsKey() throws IOException {
        Files.writeString(dir.resolve("m.yml"), "sources:\n  - file: missing.csv\n    kind: leads\n");

        int code = run("import", "--mapping", dir.resolve("m.yml").toString(), "--quiet");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("sources[0].file: file not found:").contains("sources[0].kind: must be one of");
    }

    @Test
    void givenSomeBadRows_whenImportedIntoADatabase_thenExit3WithTheReportWrittenAndGoodRowsCounted() throws IOException {
        Files.writeString(dir.resolve("leads.csv"), "id,at\nA1,2024-01-01\nA 2,2024-01-02\nA3,soon\n");
        Files.writeString(dir.resolve("m.yml"), "sources:\n  - {file: leads.csv, kind: lead, fields: {lead_id: id, created_at: at}}\n");
        Path report = dir.resolve("out/rejected.csv");

        int code = run("import", "--mapping", dir.resolve("m.yml").toString(), "--report", report.toString(), "--quiet",
                "--db-url", "jdbc:h2:mem:import-cli-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");

        assertThat(code).as(err.toString()).isEqualTo(3);
        assertThat(out.toString()).containsPattern("leads.csv as lead\\s+lead\\s+3\\s+1\\s+0\\s+2\\s+0");
        assertThat(Files.readAllLines(report)).hasSize(3).element(2).asString().startsWith("leads.csv as lead,leads.csv,4,at,soon,");
    }
}
