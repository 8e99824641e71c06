package dev.leadscope.domain.outcome;

import dev.leadscope.domain.common.Identifiers;

/** Identifies an outcome record; client-supplied for idempotent imports, generated otherwise. */
public record OutcomeId(String value) {
    public OutcomeId {
        Identifiers.require("outcomeId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
