package dev.leadscope.domain.lead;

import dev.leadscope.domain.common.Identifiers;

/** Identifies a sales rep who owns leads and gives feedback. */
public record RepId(String value) {
    public RepId {
        Identifiers.require("repId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
