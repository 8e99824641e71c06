package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A snapshot model with the LSTM column (two fold networks as bundle parts), stored by the version that added the
 * column (written by {@link SnapshotGoldenWriter} with {@code --sequence}), still loads and gives every lead the
 * probability it gave when it was stored, in bulk and one lead at a time.
 */
class SnapshotSequenceGoldenArtifactTest {
    private static final Path DIR = Path.of("src/test/resources/golden/snapshot-sequence-format-3");

    @Test
    void givenModelStoredWithTheLstmColumn_whenLoadedAndScored_thenSameProbabilitiesAsWhenStored() throws IOException {
        String hash = Files.readString(DIR.resolve("schema-hash.txt")).strip();
        ModelInfo info = new ModelInfo(new WorkspaceId("golden"), new ModelVersion("golden-sequence-format-3"),
                Instant.parse("2026-11-23T00:00:00Z"), hash, Map.of(), Map.of());
        SnapshotModel model = SnapshotModel.load(info, Files.readAllBytes(DIR.resolve("model.bin")));

        assertThat(model.spec().format()).isEqualTo(3);
        assertThat(model.sequence()).isNotNull();
        assertThat(model.sequence().folds()).hasSize(2);

        SnapshotGoldenWriter.Stored stored = SnapshotGoldenWriter.stored(DIR);
        List<LeadHistory> histories = stored.histories();
        double[] expected = stored.expected();
        double[] scored = SnapshotGoldenWriter.score(model, histories);

        assertThat(scored).hasSize(SnapshotGoldenWriter.LEADS);
        assertThat(scored).containsExactly(expected);
        for (int i = 0; i < histories.size(); i++) {
            assertThat(SnapshotScorer.score(model, histories.get(i), SnapshotGoldenWriter.SCORED_AT).probability())
                    .as("lead %d scored alone", i).isCloseTo(expected[i], within(1e-6));
        }
    }
}
