package dev.leadscope.ml.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.domain.port.in.TabularModelUseCase.Dataset;
import dev.leadscope.domain.port.in.TabularModelUseCase.TrainRequest;
import dev.leadscope.domain.scoring.Reason;
import dev.leadscope.ml.artifact.ModelArtifacts;
import dev.leadscope.ml.artifact.ModelBundle;
import dev.leadscope.ml.tabular.SyntheticLeads;
import dev.leadscope.ml.tabular.TabularModelService;
import dev.leadscope.ml.tabular.Table;
import dev.leadscope.ml.tabular.TableReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReasonBuilderTest {

    @Test
    void givenTrainedModel_whenExplained_thenReasonsNameOriginalColumnsAndAddUpToTheMargin(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("train.csv");
        Files.writeString(csv, SyntheticLeads.csv(800, 21, true));
        new TabularModelService().train(new TrainRequest(new Dataset(csv, "lead_id", "converted", List.of(), null, null,
                null), 21, dir.resolve("m"), null, null), m -> { });
        ModelBundle model = ModelArtifacts.load(dir.resolve("m"));
        Table t = new TableReader(List.of("Select")).parse(SyntheticLeads.csv(40, 22, false), "rows").table();
        float[] x = model.manifest().schema().encode(t);
        float[][] contrib = model.trees().contributions(x, t.rowCount());
        double[] margins = model.trees().margins(x, t.rowCount());
        ReasonBuilder builder = new ReasonBuilder(model.manifest().schema());
        List<String> columns = List.of("source", "visits", "email_opt_in", "created", "notes");
        for (int r = 0; r < t.rowCount(); r++) {
            double[] byColumn = builder.byColumn(contrib[r]);
            double sum = contrib[r][contrib[r].length - 1];
            for (double v : byColumn) {
                sum += v;
            }
            assertThat(sum).isCloseTo(margins[r], within(1e-3));
            Explanation e = builder.explain(t, r, contrib[r], 3);
            List<Reason> all = new ArrayList<>(e.positive());
            all.addAll(e.negative());
            assertThat(e.positive()).hasSizeLessThanOrEqualTo(3).allMatch(reason -> reason.contribution() > 0);
            assertThat(e.negative()).hasSizeLessThanOrEqualTo(3).allMatch(reason -> reason.contribution() < 0);
            assertThat(all).extracting(Reason::feature).allMatch(columns::contains);
        }
        Explanation first = builder.explain(t, 0, contrib[0], 3);
        List<Reason> all = new ArrayList<>(first.positive());
        all.addAll(first.negative());
        Reason source = all.stream().filter(reason -> reason.feature().equals("source")).findFirst().orElseThrow();
        assertThat(source.text()).isEqualTo("Source: " + t.cell(0, t.column("source")));
    }
}
