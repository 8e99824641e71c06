package dev.leadscope.domain.scoring;

import dev.leadscope.domain.common.Identifiers;

/** The version of the model that produced a score. */
public record ModelVersion(String value) {
    public ModelVersion {
        Identifiers.require("modelVersion", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
