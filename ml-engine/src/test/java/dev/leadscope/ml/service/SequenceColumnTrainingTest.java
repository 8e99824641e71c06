package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.in.TrainModelUseCase.SequenceModelChoice;
import dev.leadscope.domain.port.out.ActiveModelChanges;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.privacy.SensitiveAttributes;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.sequence.LstmParams;
import dev.leadscope.ml.sequence.column.SequenceTraining;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The LSTM column in training: {@code on} stores the fold networks in the bundle and reports both validation AUCs,
 * {@code auto} leaves it out on a small workspace without starting the network library, and a bundle with a missing or
 * damaged fold network is refused naming the part.
 */
class SequenceColumnTrainingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC);
    /** Small and quick: at most 800 sequences per network, one epoch. */
    static final SequenceTraining SMALL = new SequenceTraining(SequenceModelChoice.ON, 5_000, 0.002, 800, 200,
            LstmParams.DEFAULTS.withMaxEpochs(1).withPatience(1));
    private static TrainModelUseCase.TrainingResult trainedOn;
    private static SimulatedWorkspace sim;

    static synchronized TrainModelUseCase.TrainingResult trainedOn() {
        if (trainedOn == null) {
            sim = SimulatedWorkspace.fresh(150, 5);
            trainedOn = service(sim, SMALL).train(new TrainModelUseCase.TrainCommand(SimulatedWorkspace.WS, 90, null, 7, true),
                    TrainModelUseCase.Progress.NONE);
        }
        return trainedOn;
    }

    /** The stored bundle of a model trained by {@link #trainedOn()}. */
    static synchronized byte[] storedBytes(dev.leadscope.domain.scoring.ModelVersion version) {
        trainedOn();
        return sim.data.registry().load(SimulatedWorkspace.WS, version).orElseThrow().bytes();
    }

    static ModelTrainingService service(SimulatedWorkspace sim, SequenceTraining sequence) {
        return new ModelTrainingService(sim.data, CLOCK, BoostingParams.DEFAULTS, 2, SensitiveAttributes.NONE, null,
                ActiveModelChanges.NONE, sequence);
    }

    @Test
    void givenOn_whenTrained_thenTheStoredBundleHoldsBothFoldNetworksAndTheReportBothValidationAucs() {
        TrainModelUseCase.TrainingResult result = trainedOn();
        ModelInfo info = result.model();
        ModelArtifact artifact = sim.data.registry().load(SimulatedWorkspace.WS, info.version()).orElseThrow();
        SnapshotModel model = SnapshotModel.load(info, artifact.bytes());

        assertThat(model.sequence()).isNotNull();
        assertThat(model.sequence().folds()).hasSize(2);
        assertThat(model.width()).isEqualTo(model.schema().width() + 1);
        assertThat(model.trees().features()).isEqualTo(model.width());
        assertThat(info.schemaHash()).isEqualTo(model.schemaHash());
        assertThat(info.metrics()).containsKeys("validationRocAucWithSequence", "validationRocAucWithoutSequence");
        assertThat(info.metrics().get("sequenceColumn")).isEqualTo(1.0);
        assertThat(info.provenance().get("sequenceModel")).startsWith("on: kept; validation ROC AUC ");
        assertThat(info.provenance()).containsKeys("sequenceModel.fold1", "sequenceModel.fold2", "sequenceModel.evaluationModel");
        assertThat(result.reportMarkdown()).contains("## Sequence model (LSTM column)", model.sequence().versions());
    }

    @Test
    void givenAutoOnASmallWorkspace_whenTrained_thenTheNetworksAreNotTrainedAndTheModelIsTheTreesAlone() {
        SimulatedWorkspace small = SimulatedWorkspace.fresh(150, 5);
        TrainModelUseCase.TrainingResult result = service(small, SMALL).train(new TrainModelUseCase.TrainCommand(
                SimulatedWorkspace.WS, 90, null, 7, false, null, SequenceModelChoice.AUTO), TrainModelUseCase.Progress.NONE);

        assertThat(result.model().provenance().get("sequenceModel")).startsWith("auto: not trained, ")
                .endsWith("at least 5000 are needed");
        assertThat(result.model().metrics().get("sequenceColumn")).isEqualTo(0.0);
        assertThat(result.model().metrics()).doesNotContainKey("validationRocAucWithSequence");
    }

    @Test
    void givenAutoThatLeavesTheColumnOutOfTheEvaluationModel_whenTrained_thenTheStoredModelFollowsWithoutTrainingTheNetworksAgain() {
        SimulatedWorkspace small = SimulatedWorkspace.fresh(150, 5);
        SequenceTraining neverKept = new SequenceTraining(SequenceModelChoice.AUTO, 50, 0.49, 800, 200,
                LstmParams.DEFAULTS.withMaxEpochs(1).withPatience(1));
        TrainModelUseCase.TrainingResult result = service(small, neverKept).train(new TrainModelUseCase.TrainCommand(
                SimulatedWorkspace.WS, 90, null, 7, false, null, SequenceModelChoice.AUTO), TrainModelUseCase.Progress.NONE);

        Map<String, String> provenance = result.model().provenance();
        assertThat(provenance.get("sequenceModel.evaluationModel")).startsWith("auto: left out; validation ROC AUC ");
        assertThat(provenance.get("sequenceModel")).startsWith("auto: left out, as the evaluation model decided (")
                .endsWith("the networks were not trained again");
        assertThat(provenance).doesNotContainKeys("sequenceModel.fold1", "sequenceModel.fold2");
        assertThat(result.model().metrics().get("sequenceColumn")).isEqualTo(0.0);
    }

    @Test
    void givenAutoThatKeepsTheColumnInTheEvaluationModel_whenTheModelToStoreIsTrained_thenItKeepsItToo() {
        SequenceTraining auto = SMALL.withChoice(SequenceModelChoice.AUTO);
        SnapshotTrainer.SequenceOutcome kept = new SnapshotTrainer.SequenceOutcome(SequenceModelChoice.AUTO,
                "auto: kept; ...", true, 0.81, 0.80, List.of(), 1.0);
        SnapshotTrainer.SequenceOutcome leftOut = new SnapshotTrainer.SequenceOutcome(SequenceModelChoice.AUTO,
                "auto: left out; ...", false, 0.80, 0.80, List.of(), 1.0);
        SnapshotTrainer.SequenceOutcome notTrained = SnapshotTrainer.SequenceOutcome.notTrained(SequenceModelChoice.AUTO,
                "auto: not trained", 0.80);
        SnapshotTrainer.SequenceOutcome storedOn = new SnapshotTrainer.SequenceOutcome(SequenceModelChoice.ON,
                "on: kept; validation ROC AUC 0.9000 with", true, 0.90, 0.89, List.of(), 2.0);

        assertThat(SnapshotTrainer.forStoredModel(auto, kept).choice()).isEqualTo(SequenceModelChoice.ON);
        assertThat(SnapshotTrainer.forStoredModel(auto, leftOut).choice()).isEqualTo(SequenceModelChoice.OFF);
        assertThat(SnapshotTrainer.forStoredModel(auto, notTrained)).isSameAs(auto);
        assertThat(SnapshotTrainer.forStoredModel(SMALL, kept)).isSameAs(SMALL);
        SnapshotTrainer.SequenceOutcome told = SnapshotTrainer.followingEvaluation(storedOn, kept);
        assertThat(told.choice()).isEqualTo(SequenceModelChoice.AUTO);
        assertThat(told.decision()).isEqualTo("auto: kept, as the evaluation model decided (+0.0100 validation ROC AUC there); "
                + "on: kept; validation ROC AUC 0.9000 with");
        assertThat(told.kept()).isTrue();
        assertThat(told.validationAucWith()).isEqualTo(0.90);
    }

    @Test
    void givenOff_whenTrained_thenNothingOfTheSequenceModelIsTrained() {
        SimulatedWorkspace small = SimulatedWorkspace.fresh(150, 5);
        TrainModelUseCase.TrainingResult result = service(small, SMALL).train(new TrainModelUseCase.TrainCommand(
                SimulatedWorkspace.WS, 90, null, 7, false, null, SequenceModelChoice.OFF), TrainModelUseCase.Progress.NONE);

        assertThat(result.model().provenance().get("sequenceModel")).startsWith("off");
        assertThat(result.model().metrics()).doesNotContainKeys("validationRocAucWithSequence", "validationRocAucWithoutSequence");
    }

    @Test
    void givenABundleWithAMissingOrDamagedFoldNetwork_whenLoaded_thenRefusedNamingThePart() throws IOException {
        ModelInfo info = trainedOn().model();
        byte[] bytes = sim.data.registry().load(SimulatedWorkspace.WS, info.version()).orElseThrow().bytes();

        byte[] missing = rewrite(bytes, (name, data) -> name.equals("sequence-2.lstm") ? null : data);
        assertThatThrownBy(() -> SnapshotModel.load(info, missing)).isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("lacks sequence-2.lstm");

        byte[] damaged = rewrite(bytes, (name, data) -> name.equals("sequence-1.lstm") ? java.util.Arrays.copyOf(data, data.length / 2) : data);
        assertThatThrownBy(() -> SnapshotModel.load(info, damaged)).isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("sequence-1.lstm");

        byte[] unlisted = rewrite(bytes, (name, data) -> name.equals("sequence.txt") ? null : data);
        assertThatThrownBy(() -> SnapshotModel.load(info, unlisted)).isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("lacks sequence.txt");
    }

    /** The zip with each part replaced by what {@code change} returns for it (null: left out). */
    static byte[] rewrite(byte[] zip, BiFunction<String, byte[], byte[]> change) throws IOException {
        List<Map.Entry<String, byte[]>> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = change.apply(e.getName(), in.readAllBytes());
                if (data != null) {
                    parts.add(Map.entry(e.getName(), data));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
