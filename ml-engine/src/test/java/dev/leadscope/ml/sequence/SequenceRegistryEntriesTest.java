package dev.leadscope.ml.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.InMemoryModelRegistry;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SequenceRegistryEntriesTest {
    static SequenceModel model;

    @BeforeAll
    static void train() {
        LstmParams p = new LstmParams(6, 2, 1, 0.02, 64, 1e-5, 0.2, true, 10, 10, 100);
        model = new SequenceModelTrainer(p, m -> { }).train(OrderedSequences.examples(300, 1), 1L);
    }

    @Test
    void givenATrainedModel_whenStoredInTheRegistryAndLoaded_thenItScoresIdenticallyWithItsProvenance() {
        InMemoryModelRegistry registry = new InMemoryModelRegistry();
        registry.save(SequenceRegistryEntries.artifact(WorkspaceId.DEFAULT, model, "ablation report"));
        ModelArtifact stored = registry.load(WorkspaceId.DEFAULT, new ModelVersion(model.version())).orElseThrow();
        SequenceModel loaded = SequenceRegistryEntries.load(stored);
        assertThat(stored.info().provenance()).containsEntry("kind", "sequence-lstm")
                .containsEntry("dataFingerprint", model.provenance().dataFingerprint()).containsKey("library.deeplearning4j");
        assertThat(stored.info().metrics()).containsKey("validationAuc");
        for (SequenceModelTrainer.Example e : OrderedSequences.examples(100, 9)) {
            assertThat(loaded.logit(e.events(), e.at())).isEqualTo(model.logit(e.events(), e.at()));
        }
    }

    @Test
    void givenAnArtifactWhoseRecordedEncodingDiffers_whenLoaded_thenRefused() {
        ModelArtifact a = SequenceRegistryEntries.artifact(WorkspaceId.DEFAULT, model, "");
        ModelInfo i = a.info();
        ModelInfo other = new ModelInfo(i.workspace(), i.version(), i.createdAt(), "ab".repeat(32), i.provenance(), i.metrics());
        assertThatThrownBy(() -> SequenceRegistryEntries.load(new ModelArtifact(other, a.bytes(), "")))
                .isInstanceOf(ModelUnavailableException.class).hasMessageContaining("recorded encoding");
    }

    @Test
    void givenDamagedBytes_whenLoaded_thenModelUnavailableNamesTheModel() {
        ModelArtifact a = SequenceRegistryEntries.artifact(WorkspaceId.DEFAULT, model, "");
        byte[] cut = Arrays.copyOf(a.bytes(), a.bytes().length / 2);
        assertThatThrownBy(() -> SequenceRegistryEntries.load(new ModelArtifact(a.info(), cut, "")))
                .isInstanceOf(ModelUnavailableException.class).hasMessageContaining(model.version());
    }
}
