package dev.leadscope.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leadscope.domain.port.in.TabularModelUseCase.Dataset;
import dev.leadscope.domain.port.in.TabularModelUseCase.EvaluateRequest;
import dev.leadscope.domain.port.in.TabularModelUseCase.Headline;
import dev.leadscope.domain.port.in.TabularModelUseCase.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class XEducationQualityTest {
    static final Path LEADS = Path.of("../../shared/datasets/x-education-leads/Leads.csv");

    static Dataset xEducation() {
        return new Dataset(LEADS, "Prospect ID", "Converted",
                List.of("Lead Number", "Tags", "Lead Quality", "Last Activity", "Last Notable Activity"), null, null, null);
    }

    @Test
    void givenXEducationWithoutLeakyColumns_whenEvaluatedOnSeededSplit_thenTreesBeatBaselineAndAreCalibrated() {
        assumeTrue(Files.exists(LEADS), "x-education data set not found at " + LEADS.toAbsolutePath() + "; skipped");
        RunSummary s = new TabularModelService().evaluate(new EvaluateRequest(xEducation(), 42, 0.2, null, null),
                System.err::println);
        System.err.println(s.reportMarkdown());
        Headline trees = s.headlines().get(0);
        Headline logistic = s.headlines().get(1);
        Headline points = s.headlines().get(2);
        assertThat(trees.rocAuc()).isGreaterThanOrEqualTo(0.90);
        assertThat(trees.calibrationError()).isLessThanOrEqualTo(0.04);
        assertThat(trees.rocAuc()).isGreaterThan(points.rocAuc());
        assertThat(trees.rocAuc()).isGreaterThan(logistic.rocAuc() - 0.005);
        assertThat(s.evaluationRows()).isEqualTo(1848);
    }

    @Test
    void givenXEducation_whenSplitWithSeed42_thenHeldOutIdsAreWrittenForSideBySideChecks() throws Exception {
        assumeTrue(Files.exists(LEADS), "x-education data set not found at " + LEADS.toAbsolutePath() + "; skipped");
        LabelledData all = LabelledData.load(xEducation());
        int[] held = dev.leadscope.ml.evaluation.Split.stratified(all.labels(), 0.2, 42).held();
        int id = all.table().column("Prospect ID");
        StringBuilder ids = new StringBuilder();
        for (int r : held) {
            ids.append(all.table().cell(r, id)).append('\n');
        }
        Path out = Path.of("target/x-education-heldout-ids.txt");
        Files.writeString(out, ids);
        assertThat(Files.readAllLines(out)).hasSize(1848).doesNotHaveDuplicates();
    }
}
