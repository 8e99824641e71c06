package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.ml.evaluation.GroundTruth;
import dev.leadscope.ml.feature.FeatureOptions;
import dev.leadscope.ml.feature.FeaturePipeline;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotSpec;
import dev.leadscope.ml.snapshot.SnapshotTable;
import dev.leadscope.ml.snapshot.TrainingExamples;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Writes the encoded train and held-out snapshot matrices of a simulated workspace as CSV, for side-by-side checks. */
final class SnapshotMatrixDump {
    public static void main(String[] args) throws IOException {
        int accounts = Integer.parseInt(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        SimulatedWorkspace sim = SimulatedWorkspace.of(accounts, 3);
        WorkspaceId ws = SimulatedWorkspace.WS;
        List<LeadHistory> histories = new HistoryLoader(sim.data).all(ws, n -> { });
        Instant observedUntil = histories.stream().map(LeadHistory::lastKnown).max(Instant::compareTo).orElseThrow();
        SnapshotFeatures features = new SnapshotFeatures(SnapshotSpec.learn(histories, 40, 20));
        List<Example> all = TrainingExamples.of(histories, 90, observedUntil);
        List<Instant> times = all.stream().map(Example::at).sorted().toList();
        Instant cut = times.get((int) (times.size() * 0.8));
        List<Example> train = TrainingExamples.of(histories, 90, cut);
        List<Example> test = all.stream().filter(e -> !e.at().isBefore(cut)).toList();
        FeaturePipeline.Fitted fitted = FeaturePipeline.fit(SnapshotTable.of(features, histories, train),
                SnapshotTrainer.labels(train), Set.of(), FeatureOptions.DEFAULTS, 7);
        GroundTruth truth = GroundTruth.read(sim.truth);
        write(out.resolve("train.csv"), fitted.schema().featureNames(), fitted.matrix(), train, histories, truth);
        write(out.resolve("test.csv"), fitted.schema().featureNames(),
                SnapshotTable.encode(fitted.schema(), features, histories, test), test, histories, truth);
    }

    private static void write(Path file, List<String> names, float[] x, List<Example> rows, List<LeadHistory> histories,
                              GroundTruth truth) throws IOException {
        int d = names.size();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.print("label,oracle,t");
            for (String n : names) {
                w.print(',');
                w.print('"' + n.replace("\"", "'") + '"');
            }
            w.println();
            for (int r = 0; r < rows.size(); r++) {
                Example e = rows.get(r);
                GroundTruth.Point p = truth.at(histories.get(e.history()).lead().id().value(), e.at());
                w.print(e.label() + "," + (p == null ? "" : p.probability()) + "," + e.at().getEpochSecond());
                for (int j = 0; j < d; j++) {
                    float v = x[r * d + j];
                    w.print(',');
                    if (!Float.isNaN(v)) {
                        w.print(v);
                    }
                }
                w.println();
            }
        }
    }
}
