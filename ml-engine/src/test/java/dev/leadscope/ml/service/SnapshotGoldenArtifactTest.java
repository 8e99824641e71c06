package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A snapshot model stored by the version before snapshot format 3 (written by {@link SnapshotGoldenWriter} then) still
 * loads, builds the format 2 rows it was trained on, and gives every lead the probability it gave when it was stored.
 */
class SnapshotGoldenArtifactTest {
    private static final Path DIR = Path.of("src/test/resources/golden/snapshot-format-2");

    @Test
    void givenModelStoredWithFormat2_whenLoadedAndScored_thenSameProbabilitiesAsWhenStored() throws IOException {
        String hash = Files.readString(DIR.resolve("schema-hash.txt")).strip();
        ModelInfo info = new ModelInfo(new WorkspaceId("golden"), new ModelVersion("golden-format-2"),
                Instant.parse("2024-12-31T00:00:00Z"), hash, Map.of(), Map.of());
        SnapshotModel model = SnapshotModel.load(info, Files.readAllBytes(DIR.resolve("model.bin")));

        assertThat(model.spec().format()).isEqualTo(2).isLessThan(SnapshotSpec.FORMAT);
        assertThat(model.features().columns().names()).doesNotContain("acct.active_weeks_8w", "intent.weeks_above_30_12w");

        Map<String, Integer> byLead = new HashMap<>();
        List<LeadHistory> all = SnapshotGoldenWriter.histories();
        for (int i = 0; i < all.size(); i++) {
            byLead.put(all.get(i).lead().id().value(), i);
        }
        List<String> lines = Files.readAllLines(DIR.resolve("scores.csv"));
        List<LeadHistory> histories = new ArrayList<>();
        double[] expected = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            histories.add(all.get(byLead.get(cells[0])));
            expected[i - 1] = Double.parseDouble(cells[1]);
        }
        double[] scored = SnapshotGoldenWriter.score(model, histories);

        assertThat(scored).hasSize(SnapshotGoldenWriter.LEADS);
        assertThat(scored).containsExactly(expected);
    }
}
