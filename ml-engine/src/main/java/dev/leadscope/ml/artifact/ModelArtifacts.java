package dev.leadscope.ml.artifact;

import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.tabular.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Saves and loads model directories: {@code manifest.json} and {@code trees.ubj}. A saved directory is never
 * overwritten and its files are made read-only. Loading checks the format version, the schema hash and the
 * trees' checksum, and refuses a mismatch with a message that says what differs.
 */
public final class ModelArtifacts {
    /** The artifact layout this build writes and reads. */
    public static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String TREES = "trees.ubj";

    private ModelArtifacts() {
    }

    /** Writes the model to {@code dir}, which must not exist or be empty. */
    public static void save(Path dir, ModelManifest manifest, byte[] trees) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        throw new IllegalArgumentException("model directory " + dir + " is not empty; models are never overwritten");
                    }
                }
            }
            Files.createDirectories(dir);
            Files.write(dir.resolve(TREES), trees);
            Files.writeString(dir.resolve(MANIFEST), Json.write(manifest), StandardCharsets.UTF_8);
            dir.resolve(TREES).toFile().setReadOnly();
            dir.resolve(MANIFEST).toFile().setReadOnly();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the model to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Loads and checks a saved model that predicts on one native thread (for per-request use). */
    public static ModelBundle load(Path dir) {
        return load(dir, 1);
    }

    /** Loads and checks a saved model that predicts on {@code threads} native threads (for batches). */
    public static ModelBundle load(Path dir, int threads) {
        Path manifestFile = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException(dir + " is not a model directory: " + MANIFEST + " is missing");
        }
        try {
            String text = Files.readString(manifestFile, StandardCharsets.UTF_8);
            int version = Json.read(text, VersionOnly.class, manifestFile.toString()).formatVersion();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("model " + dir + " has format version " + version
                        + "; this build reads format version " + FORMAT_VERSION);
            }
            ModelManifest m = Json.read(text, ModelManifest.class, manifestFile.toString());
            String hash = m.schema().hash();
            if (!hash.equals(m.schemaHash())) {
                throw new IllegalArgumentException("model " + dir + ": feature schema does not match its hash (stored "
                        + m.schemaHash() + ", computed " + hash + "); the model was altered or written by an incompatible build");
            }
            byte[] trees = Files.readAllBytes(dir.resolve(TREES));
            if (!sha256(trees).equals(m.treesSha256())) {
                throw new IllegalArgumentException("model " + dir + ": " + TREES + " does not match the checksum in " + MANIFEST);
            }
            return new ModelBundle(m, TreeModel.fromBytes(trees, m.schema().width(), threads));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Only the format version, read before the rest so an unknown layout gets a clear message. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record VersionOnly(int formatVersion) {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tree library's version as packaged in its jar, or "unknown". */
    public static String treeLibraryVersion() {
        try (InputStream in = TreeModel.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/ml.dmlc/xgboost4j_2.12/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
