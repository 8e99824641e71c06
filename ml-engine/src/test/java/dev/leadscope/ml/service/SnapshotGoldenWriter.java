package dev.leadscope.ml.service;

import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotSpec;
import dev.leadscope.ml.snapshot.TrainingExamples;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the golden snapshot model: trained by the version at hand on a small simulated history, with the
 * probabilities it gives a fixed set of leads at a fixed moment, so later versions can prove they load and score it the
 * same ({@code SnapshotGoldenArtifactTest}). Usage: {@code SnapshotGoldenWriter OUT_DIR [--sequence]}; with
 * {@code --sequence} the model reads the LSTM column (small fold networks, {@code on}). Format 2 was written by the
 * version before snapshot format 3, format 3 by the version before format 4; the sequence model (format 3) by the
 * version that added the LSTM column.
 */
final class SnapshotGoldenWriter {
    static final int ACCOUNTS = 150;
    static final long SIMULATION_SEED = 5;
    static final Instant SCORED_AT = Instant.parse("2024-11-04T00:00:00Z");
    static final int LEADS = 200;

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        List<LeadHistory> histories = histories();
        Instant observedUntil = histories.stream().map(LeadHistory::lastKnown).max(Instant::compareTo).orElseThrow();
        SnapshotFeatures features = new SnapshotFeatures(SnapshotSpec.learn(histories, 40, 20));
        List<Example> examples = TrainingExamples.of(histories, 90, observedUntil);
        boolean sequence = args.length > 1 && args[1].equals("--sequence");
        SnapshotModel model = sequence
                ? new SnapshotTrainer(BoostingParams.DEFAULTS, 1).train(features, histories, examples, 90, 7,
                        SequenceColumnTrainingTest.SMALL, System.err::println).model()
                : new SnapshotTrainer(BoostingParams.DEFAULTS, 1).train(features, histories, examples, 90, 7);
        if (sequence && model.sequence() == null) {
            throw new IllegalStateException("the sequence model was not kept");
        }
        Files.write(out.resolve("model.bin"), model.toBytes());
        Files.writeString(out.resolve("schema-hash.txt"), model.schemaHash() + "\n");
        List<String> lines = new ArrayList<>();
        lines.add("lead_id,probability");
        double[] p = score(model, histories);
        for (int i = 0; i < p.length; i++) {
            lines.add(histories.get(i).lead().id().value() + "," + p[i]);
        }
        Files.write(out.resolve("scores.csv"), lines);
    }

    /** The leads a golden directory's {@code scores.csv} names, in its order, with the probabilities stored for them. */
    record Stored(List<LeadHistory> histories, double[] expected) {
    }

    /** Reads {@code scores.csv} of a golden directory against this simulation's histories. */
    static Stored stored(Path dir) throws IOException {
        java.util.Map<String, Integer> byLead = new java.util.HashMap<>();
        List<LeadHistory> all = histories();
        for (int i = 0; i < all.size(); i++) {
            byLead.put(all.get(i).lead().id().value(), i);
        }
        List<String> lines = Files.readAllLines(dir.resolve("scores.csv"));
        List<LeadHistory> chosen = new ArrayList<>();
        double[] expected = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            chosen.add(all.get(byLead.get(cells[0])));
            expected[i - 1] = Double.parseDouble(cells[1]);
        }
        return new Stored(chosen, expected);
    }

    static List<LeadHistory> histories() {
        SimulatedWorkspace sim = SimulatedWorkspace.of(ACCOUNTS, SIMULATION_SEED);
        return new HistoryLoader(sim.data).all(SimulatedWorkspace.WS, n -> { });
    }

    /** The model's probabilities for the first {@link #LEADS} histories at {@link #SCORED_AT}. */
    static double[] score(SnapshotModel model, List<LeadHistory> histories) {
        List<Example> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(LEADS, histories.size()); i++) {
            rows.add(new Example(i, SCORED_AT, 0));
        }
        float[] x = model.encode(histories, rows);
        return SnapshotTrainer.probabilities(model, x, rows.size());
    }
}
