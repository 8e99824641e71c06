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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Snapshot models stored by earlier versions (written by {@link SnapshotGoldenWriter} then) still load, build the rows
 * of the format they were trained on, and give every lead the probability they gave when stored: format 2 from the
 * version before format 3, format 3 from the version before format 4 (scored at a Monday 00:00, where format 4 counts
 * one more week of intent).
 */
class SnapshotGoldenArtifactTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void givenModelStoredWithFormat2_whenLoadedAndScored_thenSameProbabilitiesAsWhenStored() throws IOException {
        SnapshotModel model = load(2);

        assertThat(model.features().columns().names()).doesNotContain("acct.active_weeks_8w", "intent.weeks_above_30_12w");
        assertScoresAsStored(model, GOLDEN.resolve("snapshot-format-2"));
    }

    @Test
    void givenModelStoredWithFormat3_whenLoadedAndScored_thenSameProbabilitiesAsWhenStored() throws IOException {
        SnapshotModel model = load(3);

        assertThat(model.features().columns().names()).contains("acct.active_weeks_8w", "intent.weeks_above_30_12w");
        assertScoresAsStored(model, GOLDEN.resolve("snapshot-format-3"));
    }

    private static SnapshotModel load(int format) throws IOException {
        Path dir = GOLDEN.resolve("snapshot-format-" + format);
        String hash = Files.readString(dir.resolve("schema-hash.txt")).strip();
        ModelInfo info = new ModelInfo(new WorkspaceId("golden"), new ModelVersion("golden-format-" + format),
                Instant.parse("2024-12-31T00:00:00Z"), hash, Map.of(), Map.of());
        SnapshotModel model = SnapshotModel.load(info, Files.readAllBytes(dir.resolve("model.bin")));
        assertThat(model.spec().format()).isEqualTo(format).isLessThan(SnapshotSpec.FORMAT);
        return model;
    }

    private static void assertScoresAsStored(SnapshotModel model, Path dir) throws IOException {
        SnapshotGoldenWriter.Stored stored = SnapshotGoldenWriter.stored(dir);
        List<LeadHistory> histories = stored.histories();
        double[] expected = stored.expected();
        double[] scored = SnapshotGoldenWriter.score(model, histories);

        assertThat(scored).hasSize(SnapshotGoldenWriter.LEADS);
        assertThat(scored).containsExactly(expected);
    }
}
