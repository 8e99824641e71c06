package dev.leadscope.ml.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.domain.port.in.TabularModelUseCase.ScoreRequest;
import dev.leadscope.domain.port.in.TabularModelUseCase.ScoreSummary;
import dev.leadscope.ml.tabular.SyntheticLeads;
import dev.leadscope.ml.tabular.TabularModelService;
import dev.leadscope.ml.tabular.Table;
import dev.leadscope.ml.tabular.TableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelArtifactTest {
    @TempDir
    static Path dir;
    static Path model;

    @BeforeAll
    static void train() throws IOException {
        model = Models.trainSynthetic(dir, 3);
    }

    private static Table rows(String csv) {
        return new TableReader(TableReader.DEFAULT_MISSING_TOKENS).parse(csv, "rows").table();
    }

    @Test
    void givenSavedModel_whenLoadedTwice_thenScoresAreIdentical() {
        Table t = rows(SyntheticLeads.csv(200, 8, false));
        ModelBundle a = ModelArtifacts.load(model);
        ModelBundle b = ModelArtifacts.load(model);
        assertThat(a.probabilities(t)).containsExactly(b.probabilities(t));
        assertThat(a.manifest().schemaHash()).isEqualTo(a.manifest().schema().hash());
        assertThat(a.manifest().dataFingerprint()).hasSize(64);
        assertThat(a.manifest().libraryVersions()).containsEntry("xgboost4j", "3.0.4");
        assertThat(a.manifest().metrics()).containsKey("rocAuc");
    }

    @Test
    void givenSavedModel_whenSavedAgainIntoSameDirectory_thenRefused() {
        assertThatThrownBy(() -> ModelArtifacts.save(model, ModelArtifacts.load(model).manifest(), new byte[1]))
                .hasMessageContaining("not empty");
    }

    @Test
    void givenAlteredSchema_whenLoaded_thenRefusedWithClearError() throws IOException {
        Path copy = copy("altered");
        Path manifest = copy.resolve(ModelArtifacts.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"Referral\"", "\"Referal\""));
        assertThatThrownBy(() -> ModelArtifacts.load(copy)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feature schema does not match its hash");
    }

    @Test
    void givenOtherFormatVersion_whenLoaded_thenRefusedNamingBothVersions() throws IOException {
        Path copy = copy("future");
        Path manifest = copy.resolve(ModelArtifacts.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"));
        assertThatThrownBy(() -> ModelArtifacts.load(copy)).hasMessageContaining("format version 2")
                .hasMessageContaining("reads format version 1");
    }

    @Test
    void givenFileWithoutAModelColumn_whenScored_thenErrorNamesTheColumn() throws IOException {
        Path csv = dir.resolve("nosource.csv");
        Files.writeString(csv, "lead_id,visits,email_opt_in,created,notes\nA,3,yes,2024-01-01,hi\n");
        assertThatThrownBy(() -> new TabularModelService().score(new ScoreRequest(model, csv, "lead_id",
                dir.resolve("s.csv")), m -> { })).hasMessageContaining("[source]");
    }

    @Test
    void givenRowsWithBadValues_whenScored_thenScoredAsMissingOrSkippedWithTheirLines() throws IOException {
        Path csv = dir.resolve("messy.csv");
        Files.writeString(csv, "lead_id,source,visits,email_opt_in,created,notes\n"
                + "A,Google,many,yes,2024-01-01,hi\n"
                + ",Google,3,yes,2024-01-01,hi\n"
                + "C,Google,3\n"
                + "D,Referral,12,no,2024-02-30,\"pricing, demo\"\n");
        Path out = dir.resolve("messy-scores.csv");
        ScoreSummary s = new TabularModelService().score(new ScoreRequest(model, csv, "lead_id", out), m -> { });
        assertThat(s.rowsScored()).isEqualTo(2);
        assertThat(s.rowsSkipped()).isEqualTo(2);
        assertThat(s.problems()).anyMatch(p -> p.startsWith("line 2: column 'visits' has 'many'"))
                .anyMatch(p -> p.startsWith("line 3: no value in id column"))
                .anyMatch(p -> p.startsWith("line 4:"))
                .anyMatch(p -> p.startsWith("line 5: column 'created'"));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,probability,tier,reasons");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("A,0.").contains("Source: Google");
    }

    @Test
    void givenGoldenArtifactFromFormatOne_whenLoaded_thenItScoresAsWhenItWasMade() throws IOException {
        Path golden = Path.of("src/test/resources/golden/format-1");
        ModelBundle bundle = ModelArtifacts.load(golden.resolve("model"));
        Table t = rows(Files.readString(golden.resolve("rows.csv")));
        double[] p = bundle.probabilities(t);
        List<String> expected = Files.readAllLines(golden.resolve("expected-scores.csv"));
        assertThat(expected).hasSize(p.length + 1);
        for (int i = 0; i < p.length; i++) {
            String[] cells = expected.get(i + 1).split(",");
            assertThat(t.cell(i, 0)).isEqualTo(cells[0]);
            assertThat(p[i]).isCloseTo(Double.parseDouble(cells[1]), within(1e-12));
        }
    }

    private static Path copy(String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        for (String f : List.of(ModelArtifacts.MANIFEST, ModelArtifacts.TREES)) {
            Files.copy(model.resolve(f), copy.resolve(f));
            copy.resolve(f).toFile().setWritable(true);
        }
        return copy;
    }
}
