package dev.leadscope.ml.artifact;

import dev.leadscope.domain.port.in.TabularModelUseCase.Dataset;
import dev.leadscope.domain.port.in.TabularModelUseCase.TrainRequest;
import dev.leadscope.ml.tabular.SyntheticLeads;
import dev.leadscope.ml.tabular.TabularModelService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Trains small models on synthetic leads for artifact and explanation tests. */
final class Models {
    private Models() {
    }

    static Path trainSynthetic(Path dir, long seed) throws IOException {
        Path csv = dir.resolve("train.csv");
        Files.writeString(csv, SyntheticLeads.csv(800, seed, true));
        Path model = dir.resolve("model");
        new TabularModelService().train(new TrainRequest(new Dataset(csv, "lead_id", "converted", List.of(), null, null,
                null), seed, model, null, null), m -> { });
        return model;
    }
}
