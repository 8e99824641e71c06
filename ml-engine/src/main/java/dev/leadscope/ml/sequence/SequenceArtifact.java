package dev.leadscope.ml.sequence;

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
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A sequence model as one immutable artifact for the model registry: a zip of the encoder (JSON), the
 * provenance (JSON), the network in the library's own format and its version (a SHA-256 over the network and
 * the encoder). Loading checks the parts and the version, so a damaged or altered artifact is refused.
 */
public final class SequenceArtifact {
    /** Bumped when the encoding or the layout of the artifact changes; older artifacts are then refused. */
    public static final int FORMAT = 1;

    private SequenceArtifact() {
    }

    /** The version a model with this network (layout and weights) and encoder gets. */
    static String versionOf(MultiLayerNetwork network, SequenceEncoder encoder) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(("lstm:" + network.layerInputSize(0) + "x" + network.layerSize(0)).getBytes(StandardCharsets.UTF_8));
            float[] weights = network.params().toFloatVector();
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(weights.length * 4);
            buffer.asFloatBuffer().put(weights);
            d.update(buffer.array());
            d.update(Json.write(encoder).getBytes(StandardCharsets.UTF_8));
            return "lstm-" + HexFormat.of().formatHex(d.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds the model, computing its version from its content. */
    static SequenceModel of(SequenceEncoder encoder, MultiLayerNetwork network, SequenceProvenance provenance) {
        return new SequenceModel(encoder, network, provenance, versionOf(network, encoder));
    }

    public static byte[] toBytes(SequenceModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "format.txt", Integer.toString(FORMAT).getBytes(StandardCharsets.UTF_8));
            put(zip, "encoder.json", Json.write(model.encoder()).getBytes(StandardCharsets.UTF_8));
            put(zip, "provenance.json", Json.write(model.provenance()).getBytes(StandardCharsets.UTF_8));
            put(zip, "version.txt", model.version().getBytes(StandardCharsets.UTF_8));
            put(zip, "network.zip", Dl4jNetworks.toBytes(model.network()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Loads an artifact written by {@link #toBytes}.
     *
     * @throws IllegalArgumentException naming the missing or mismatching part when the bytes are not a usable artifact
     */
    public static SequenceModel fromBytes(byte[] bytes) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("sequence model artifact cannot be read: " + e.getMessage(), e);
        }
        for (String part : new String[] {"format.txt", "encoder.json", "provenance.json", "version.txt", "network.zip"}) {
            if (!parts.containsKey(part)) {
                throw new IllegalArgumentException("sequence model artifact is damaged: it lacks " + part);
            }
        }
        int format = Integer.parseInt(text(parts, "format.txt").strip());
        if (format != FORMAT) {
            throw new IllegalArgumentException("sequence model artifact has format " + format + " but this version reads format "
                    + FORMAT + "; train a new model");
        }
        SequenceEncoder encoder = Json.read(text(parts, "encoder.json"), SequenceEncoder.class, "encoder.json");
        SequenceProvenance provenance = Json.read(text(parts, "provenance.json"), SequenceProvenance.class, "provenance.json");
        String recorded = text(parts, "version.txt").strip();
        MultiLayerNetwork network = Dl4jNetworks.fromBytes(parts.get("network.zip"));
        String actual = versionOf(network, encoder);
        if (!recorded.equals(actual)) {
            throw new IllegalArgumentException("sequence model artifact does not match its recorded version (recorded "
                    + recorded + ", content gives " + actual + "); refusing to load it");
        }
        return new SequenceModel(encoder, network, provenance, actual);
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
}
