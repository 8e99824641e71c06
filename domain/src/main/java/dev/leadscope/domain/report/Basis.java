package dev.leadscope.domain.report;

import java.util.Locale;

/**
 * Where a benchmark takes a worked lead's probability from. {@code STORED}: the latest stored score before the lead
 * was worked, else the active model's score as of then. {@code BLIND}: the active model's score as of then with the
 * grouped field (owner, or channel and campaign) hidden, so a model that learned from the rep or source does not
 * already expect their results.
 */
public enum Basis {
    STORED, BLIND;

    /** Parses {@code stored} or {@code blind} in any case. */
    public static Basis parse(String text) {
        if (text != null) {
            for (Basis b : values()) {
                if (b.name().equalsIgnoreCase(text.strip())) {
                    return b;
                }
            }
        }
        throw new IllegalArgumentException("basis must be blind or stored: '" + text + "'");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
