package dev.leadscope.ml.artifact;

import dev.leadscope.ml.tabular.SyntheticLeads;
import dev.leadscope.ml.tabular.Table;
import dev.leadscope.ml.tabular.TableReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the golden artifact kept under src/test/resources/golden: a model, the rows it scores and the
 * scores it gave when it was made. Run once per artifact format version; never overwrite an existing one.
 */
public final class GoldenArtifactWriter {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/golden/format-1");
        Files.createDirectories(out);
        Path model = Models.trainSynthetic(Files.createTempDirectory("golden"), 11);
        ModelBundle bundle = ModelArtifacts.load(model);
        Path target = Files.createDirectories(out.resolve("model"));
        Files.copy(model.resolve(ModelArtifacts.MANIFEST), target.resolve(ModelArtifacts.MANIFEST));
        Files.copy(model.resolve(ModelArtifacts.TREES), target.resolve(ModelArtifacts.TREES));
        String rows = SyntheticLeads.csv(50, 99, false);
        Files.writeString(out.resolve("rows.csv"), rows);
        Table t = new TableReader(bundle.manifest().missingTokens()).parse(rows, "rows").table();
        double[] p = bundle.probabilities(t);
        StringBuilder b = new StringBuilder("lead_id,probability\n");
        for (int i = 0; i < p.length; i++) {
            b.append(t.cell(i, 0)).append(',').append(String.format(Locale.ROOT, "%.17g", p[i])).append('\n');
        }
        Files.writeString(out.resolve("expected-scores.csv"), b.toString());
    }
}
