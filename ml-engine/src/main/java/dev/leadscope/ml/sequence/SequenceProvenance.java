package dev.leadscope.ml.sequence;

import java.util.Map;
import java.util.Objects;

/**
 * Where a trained sequence model came from: when, on what data (fingerprint and counts), with which
 * hyperparameters and seed, how training ended, and the library versions.
 */
public record SequenceProvenance(String createdAt, String dataFingerprint, int trainingSequences, int positives,
                                 LstmParams params, long seed, int epochsRun, int bestEpoch, double validationAuc,
                                 Map<String, String> libraryVersions) {
    public SequenceProvenance {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(dataFingerprint, "dataFingerprint");
        Objects.requireNonNull(params, "params");
        libraryVersions = Map.copyOf(libraryVersions);
    }
}
