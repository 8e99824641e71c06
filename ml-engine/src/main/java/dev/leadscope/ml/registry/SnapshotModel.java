package dev.leadscope.ml.registry;

import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.ml.calibration.Calibration;
import dev.leadscope.ml.feature.FeatureSchema;
import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.fit.TreeModelException;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotSpec;
import dev.leadscope.ml.tabular.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A conversion model over lead snapshots as one deployable bundle: the snapshot recipe, the fitted feature
 * schema, the tree model and its calibration, with the horizon it predicts over. Stored in the registry as a zip
 * of JSON parts and the trees in the library's binary format. Immutable; scoring is thread-safe.
 */
public record SnapshotModel(SnapshotSpec spec, FeatureSchema schema, TreeModel trees, Calibration calibration,
                            int horizonDays) {

    /** The recipe the model was made for, ready to compute rows. */
    public SnapshotFeatures features() {
        return new SnapshotFeatures(spec);
    }

    /** SHA-256 over the snapshot recipe and the fitted feature schema: what a row must look like for this model. */
    public String schemaHash() {
        return hash(Json.write(spec) + "\n" + Json.write(schema));
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "spec.json", Json.write(spec).getBytes(StandardCharsets.UTF_8));
            put(zip, "schema.json", Json.write(schema).getBytes(StandardCharsets.UTF_8));
            put(zip, "calibration.json", Json.write(calibration).getBytes(StandardCharsets.UTF_8));
            put(zip, "horizon.txt", Integer.toString(horizonDays).getBytes(StandardCharsets.UTF_8));
            put(zip, "trees.ubj", trees.toBytes());
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
            String hash = hash(Json.write(spec) + "\n" + Json.write(schema));
            if (!hash.equals(info.schemaHash())) {
                throw new ModelUnavailableException(name + " does not match its recorded feature schema (recorded "
                        + info.schemaHash() + ", found " + hash + "); refusing to score with it");
            }
            Calibration calibration = Json.read(text(parts, "calibration.json"), Calibration.class, "calibration.json");
            int horizon = Integer.parseInt(text(parts, "horizon.txt").strip());
            TreeModel trees = TreeModel.fromBytes(parts.get("trees.ubj"), schema.width());
            return new SnapshotModel(spec, schema, trees, calibration, horizon);
        } catch (IllegalArgumentException | TreeModelException e) {
            throw new ModelUnavailableException(name + " cannot be loaded: " + e.getMessage(), e);
        }
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
