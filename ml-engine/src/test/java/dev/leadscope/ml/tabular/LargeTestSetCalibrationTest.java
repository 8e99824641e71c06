package dev.leadscope.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.port.in.TabularModelUseCase.Dataset;
import dev.leadscope.domain.port.in.TabularModelUseCase.EvaluateRequest;
import dev.leadscope.domain.port.in.TabularModelUseCase.Headline;
import dev.leadscope.domain.port.in.TabularModelUseCase.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeTestSetCalibrationTest {

    @Test
    void givenSixThousandHeldOutRows_whenEvaluated_thenCalibrationErrorIsAtMostTwoPercent(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, SyntheticLeads.csv(30_000, 12, true));
        RunSummary s = new TabularModelService().evaluate(new EvaluateRequest(
                new Dataset(csv, "lead_id", "converted", List.of(), null, null, null), 12, 0.2, null, null), m -> { });
        Headline trees = s.headlines().get(0);
        System.err.printf("synthetic 30k: trees AUC %.4f ECE %.4f; logistic AUC %.4f; rules AUC %.4f%n", trees.rocAuc(),
                trees.calibrationError(), s.headlines().get(1).rocAuc(), s.headlines().get(2).rocAuc());
        assertThat(s.evaluationRows()).isEqualTo(6000);
        assertThat(trees.calibrationError()).isLessThanOrEqualTo(0.02);
        assertThat(trees.rocAuc()).isGreaterThan(s.headlines().get(2).rocAuc());
        assertThat(trees.rocAuc()).isGreaterThan(s.headlines().get(1).rocAuc() - 0.01);
    }
}
