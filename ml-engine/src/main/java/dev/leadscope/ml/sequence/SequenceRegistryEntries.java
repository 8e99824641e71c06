package dev.leadscope.ml.sequence;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.tabular.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stores sequence models in the model registry like the tree models: an immutable artifact whose info carries
 * the version, the encoder's hash as schema hash, the provenance and the validation AUC; loading checks that the
 * bytes are the model the registry recorded.
 */
public final class SequenceRegistryEntries {
    private SequenceRegistryEntries() {
    }

    /** The registry artifact of {@code model} for {@code workspace}, with {@code report} as its readable report. */
    public static ModelArtifact artifact(WorkspaceId workspace, SequenceModel model, String report) {
        SequenceProvenance p = model.provenance();
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("kind", "sequence-lstm");
        provenance.put("dataFingerprint", p.dataFingerprint());
        provenance.put("trainingSequences", Integer.toString(p.trainingSequences()));
        provenance.put("positives", Integer.toString(p.positives()));
        provenance.put("seed", Long.toString(p.seed()));
        provenance.put("epochsRun", Integer.toString(p.epochsRun()));
        provenance.put("bestEpoch", Integer.toString(p.bestEpoch()));
        provenance.put("params", Json.write(p.params()));
        p.libraryVersions().forEach((k, v) -> provenance.put("library." + k, v));
        ModelInfo info = new ModelInfo(workspace, new ModelVersion(model.version()), Instant.parse(p.createdAt()),
                schemaHash(model.encoder()), provenance, Map.of("validationAuc", p.validationAuc()));
        return new ModelArtifact(info, SequenceArtifact.toBytes(model), report);
    }

    /**
     * The sequence model stored in {@code artifact}.
     *
     * @throws ModelUnavailableException when the bytes are damaged or are not the model the registry recorded
     */
    public static SequenceModel load(ModelArtifact artifact) {
        String name = "sequence model " + artifact.info().version();
        SequenceModel model;
        try {
            model = SequenceArtifact.fromBytes(artifact.bytes());
        } catch (IllegalArgumentException e) {
            throw new ModelUnavailableException(name + " cannot be loaded: " + e.getMessage(), e);
        }
        if (!model.version().equals(artifact.info().version().value())) {
            throw new ModelUnavailableException(name + " holds model " + model.version() + "; refusing to score with it");
        }
        String hash = schemaHash(model.encoder());
        if (!hash.equals(artifact.info().schemaHash())) {
            throw new ModelUnavailableException(name + " does not match its recorded encoding (recorded "
                    + artifact.info().schemaHash() + ", found " + hash + ")");
        }
        return model;
    }

    static String schemaHash(SequenceEncoder encoder) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("sequence-format-" + SequenceArtifact.FORMAT + "\n" + Json.write(encoder)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
