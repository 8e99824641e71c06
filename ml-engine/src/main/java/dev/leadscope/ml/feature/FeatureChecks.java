package dev.leadscope.ml.feature;

/** Shared argument checks for the encoders' compact constructors. */
final class FeatureChecks {
    private FeatureChecks() {
    }

    static void column(String column) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("encoder column must not be empty");
        }
    }
}
