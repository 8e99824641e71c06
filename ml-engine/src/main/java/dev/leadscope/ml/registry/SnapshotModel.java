package dev.leadscope.ml.registry;

import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.ml.calibration.Calibration;
import dev.leadscope.ml.feature.FeatureSchema;
import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.fit.TreeModelException;
import dev.leadscope.ml.sequence.SequenceArtifact;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.SequenceModel;
import dev.leadscope.ml.sequence.column.SequenceColumn;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotSpec;
import dev.leadscope.ml.snapshot.SnapshotTable;
import dev.leadscope.ml.snapshot.TrainingExamples;
import dev.leadscope.ml.tabular.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A conversion model over lead snapshots as one deployable bundle: the snapshot recipe, the fitted feature
 * schema, the tree model and its calibration, with the horizon it predicts over, and optionally the LSTM column
 * (its fold networks) that the trees read after the schema's features. Stored in the registry as a zip of JSON
 * parts, the trees in the library's binary format and each fold network as a sequence artifact
 * ({@code sequence-1.lstm}, ...). Immutable; scoring is thread-safe.
 *
 * @param sequence the LSTM column, or null when the trees read the snapshot features alone
 */
public record SnapshotModel(SnapshotSpec spec, FeatureSchema schema, TreeModel trees, Calibration calibration,
                            int horizonDays, SequenceColumn sequence) {
    static final String SEQUENCE_LIST = "sequence.txt";

    /** A model whose trees read the snapshot features alone. */
    public SnapshotModel(SnapshotSpec spec, FeatureSchema schema, TreeModel trees, Calibration calibration, int horizonDays) {
        this(spec, schema, trees, calibration, horizonDays, null);
    }

    /** The features the trees read: the schema's, then the LSTM column when the model has one. */
    public int width() {
        return schema.width() + (sequence == null ? 0 : 1);
    }

    /** The names of the features the trees read, in order. */
    public List<String> featureNames() {
        if (sequence == null) {
            return schema.featureNames();
        }
        List<String> names = new ArrayList<>(schema.featureNames());
        names.add(SequenceColumn.NAME);
        return List.copyOf(names);
    }

    /**
     * The matrix the trees read for the examples ({@code examples.size() x width()}, row-major): the snapshot
     * features, then the LSTM column at each example's moment when the model has one.
     */
    public float[] encode(List<LeadHistory> histories, List<TrainingExamples.Example> examples) {
        float[] x = SnapshotTable.encode(schema, features(), histories, examples);
        if (sequence == null) {
            return x;
        }
        List<List<SequenceEvent>> events = new ArrayList<>(examples.size());
        List<Instant> at = new ArrayList<>(examples.size());
        Map<Integer, List<SequenceEvent>> byHistory = new HashMap<>();
        for (TrainingExamples.Example e : examples) {
            events.add(byHistory.computeIfAbsent(e.history(), h -> SequenceColumn.events(histories.get(h))));
            at.add(e.at());
        }
        return withColumn(x, examples.size(), schema.width(), sequence.values(events, at));
    }

    /** The rows of {@code x} ({@code rows x width}) with {@code column} appended to each: {@code rows x (width + 1)}. */
    public static float[] withColumn(float[] x, int rows, int width, double[] column) {
        if (x.length != Math.multiplyExact(rows, width) || column.length != rows) {
            throw new IllegalArgumentException("matrix of " + x.length + " values and column of " + column.length
                    + " do not make " + rows + " rows of " + width);
        }
        float[] out = new float[Math.multiplyExact(rows, width + 1)];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(x, r * width, out, r * (width + 1), width);
            out[r * (width + 1) + width] = (float) column[r];
        }
        return out;
    }

    /** The recipe the model was made for, ready to compute rows. */
    public SnapshotFeatures features() {
        return new SnapshotFeatures(spec);
    }

    /** SHA-256 over the snapshot recipe and the fitted feature schema: what a row must look like for this model. */
    public String schemaHash() {
        return hashOf(spec, schema, sequence == null ? null : sequence.versions());
    }

    /** The recipe and schema, and the fold networks' versions when there are any (models without them hash as before). */
    private static String hashOf(SnapshotSpec spec, FeatureSchema schema, String sequenceVersions) {
        String text = Json.write(spec) + "\n" + Json.write(schema);
        return hash(sequenceVersions == null ? text : text + "\nsequence " + sequenceVersions);
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "spec.json", Json.write(spec).getBytes(StandardCharsets.UTF_8));
            put(zip, "schema.json", Json.write(schema).getBytes(StandardCharsets.UTF_8));
            put(zip, "calibration.json", Json.write(calibration).getBytes(StandardCharsets.UTF_8));
            put(zip, "horizon.txt", Integer.toString(horizonDays).getBytes(StandardCharsets.UTF_8));
            put(zip, "trees.ubj", trees.toBytes());
            if (sequence != null) {
                List<String> names = new ArrayList<>();
                for (int k = 0; k < sequence.folds().size(); k++) {
                    names.add("sequence-" + (k + 1) + ".lstm");
                    put(zip, names.get(k), SequenceArtifact.toBytes(sequence.folds().get(k)));
                }
                put(zip, SEQUENCE_LIST, (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Loads a stored model and checks that it is one this engine can serve: the snapshot recipe is the one this
     * version computes, and the recipe and schema hash to what the registry recorded at training.
     *
     * @throws ModelUnavailableException naming the model and what does not match
     */
    public static SnapshotModel load(ModelInfo info, byte[] bytes) {
        String name = "model " + info.version();
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new ModelUnavailableException(name + " cannot be read: " + e.getMessage(), e);
        }
        for (String part : new String[] {"spec.json", "schema.json", "calibration.json", "horizon.txt", "trees.ubj"}) {
            if (!parts.containsKey(part)) {
                throw new ModelUnavailableException(name + " is damaged: it lacks " + part);
            }
        }
        try {
            SnapshotSpec spec = Json.read(text(parts, "spec.json"), SnapshotSpec.class, "spec.json");
            if (spec.format() < SnapshotSpec.OLDEST_FORMAT || spec.format() > SnapshotSpec.FORMAT) {
                throw new ModelUnavailableException(name + " was made for snapshot feature format " + spec.format()
                        + " but this version computes formats " + SnapshotSpec.OLDEST_FORMAT + " to " + SnapshotSpec.FORMAT
                        + "; train a new model");
            }
            FeatureSchema schema = Json.read(text(parts, "schema.json"), FeatureSchema.class, "schema.json");
            SequenceColumn sequence = sequence(name, parts);
            String hash = hashOf(spec, schema, sequence == null ? null : sequence.versions());
            if (!hash.equals(info.schemaHash())) {
                throw new ModelUnavailableException(name + " does not match its recorded feature schema (recorded "
                        + info.schemaHash() + ", found " + hash + "); refusing to score with it");
            }
            Calibration calibration = Json.read(text(parts, "calibration.json"), Calibration.class, "calibration.json");
            int horizon = Integer.parseInt(text(parts, "horizon.txt").strip());
            TreeModel trees = TreeModel.fromBytes(parts.get("trees.ubj"), schema.width() + (sequence == null ? 0 : 1));
            return new SnapshotModel(spec, schema, trees, calibration, horizon, sequence);
        } catch (IllegalArgumentException | TreeModelException e) {
            throw new ModelUnavailableException(name + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** The LSTM column the parts hold, or null when they list none; a missing or damaged fold network is refused by name. */
    private static SequenceColumn sequence(String name, Map<String, byte[]> parts) {
        if (!parts.containsKey(SEQUENCE_LIST)) {
            for (String part : parts.keySet()) {
                if (part.startsWith("sequence-")) {
                    throw new ModelUnavailableException(name + " is damaged: it holds " + part + " but lacks " + SEQUENCE_LIST);
                }
            }
            return null;
        }
        List<SequenceModel> folds = new ArrayList<>();
        for (String line : text(parts, SEQUENCE_LIST).split("\n")) {
            String part = line.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (!parts.containsKey(part)) {
                throw new ModelUnavailableException(name + " is damaged: it lacks " + part);
            }
            try {
                folds.add(SequenceArtifact.fromBytes(parts.get(part)));
            } catch (RuntimeException e) {
                throw new ModelUnavailableException(name + " is damaged: " + part + " cannot be loaded: " + e.getMessage(), e);
            }
        }
        if (folds.isEmpty()) {
            throw new ModelUnavailableException(name + " is damaged: " + SEQUENCE_LIST + " names no fold network");
        }
        return new SequenceColumn(folds);
    }

    private static String text(Map<String, byte[]> parts, String name) {
        return new String(parts.get(name), StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0L);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
