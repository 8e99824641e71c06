package dev.leadscope.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.TabularModelUseCase;
import dev.leadscope.domain.port.in.TabularModelUseCase.Dataset;
import dev.leadscope.domain.port.in.TabularModelUseCase.EvaluateRequest;
import dev.leadscope.domain.port.in.TabularModelUseCase.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularModelServiceTest {

    @Test
    void givenTooFewConversions_whenTrained_thenRefusedWithCountsNeededAndFound(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("id,x,y\n");
        for (int i = 0; i < 300; i++) {
            csv.append(i).append(',').append(i % 7).append(',').append(i < 12 ? "yes" : "no").append('\n');
        }
        Path file = dir.resolve("few.csv");
        Files.writeString(file, csv);
        assertThatThrownBy(() -> new TabularModelService().evaluate(new EvaluateRequest(
                new Dataset(file, "id", "y", List.of(), null, null, null), 1, 0.2, null, null), m -> { }))
                .isInstanceOf(InsufficientTrainingDataException.class)
                .hasMessage("not enough data to train: need at least 40 converted and 40 not converted examples, "
                        + "found 12 converted and 288 not converted")
                .satisfies(e -> assertThat(((InsufficientTrainingDataException) e).positivesFound()).isEqualTo(12));
    }

    @Test
    void givenSyntheticLeads_whenEvaluated_thenReportComparesAllModelsAndIsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("leads.csv");
        Files.writeString(file, SyntheticLeads.csv(1500, 4, true));
        Path report = dir.resolve("report.json");
        RunSummary s = new TabularModelService().evaluate(new EvaluateRequest(
                new Dataset(file, "lead_id", "converted", List.of(), null, null, List.of("source")), 4, 0.2, report, null),
                m -> { });
        assertThat(s.headlines()).extracting(TabularModelUseCase.Headline::model).hasSize(3);
        assertThat(s.headlines().get(0).rocAuc()).isGreaterThan(0.7);
        assertThat(s.evaluationRows()).isEqualTo(300);
        assertThat(s.reportMarkdown()).contains("## Models side by side", "## Reliability", "## Segments", "source");
        assertThat(Files.readString(report)).contains("\"rocAuc\"", "\"reliability\"", "\"tiers\"");
    }

    @Test
    void givenTimeColumn_whenEvaluated_thenTheLatestRowsAreHeldOut(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("leads.csv");
        Files.writeString(file, SyntheticLeads.csv(1000, 6, true));
        RunSummary s = new TabularModelService().evaluate(new EvaluateRequest(
                new Dataset(file, "lead_id", "converted", List.of(), "created", null, null), 6, 0.25, null, null), m -> { });
        assertThat(s.reportMarkdown()).contains("time-ordered split on 'created'");
        assertThat(s.evaluationRows()).isEqualTo(250);
    }

    @Test
    void givenClasspath_whenServiceLoaderAsked_thenTheEngineIsFound() {
        assertThat(ServiceLoader.load(TabularModelUseCase.class).findFirst()).get().isInstanceOf(TabularModelService.class);
    }
}
