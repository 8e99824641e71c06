package dev.leadscope.domain.report;

import java.util.Locale;

/**
 * Where a benchmark takes a worked lead's probability from. {@code STORED}: the latest stored score before the lead
 * was worked, else the active model's score as of then. {@code BLIND}: the active model's score as of then with the
 * grouped field (owner with the account's territory, or channel and campaign) hidden, so a model that learned from
 * the rep or source does not already expect their results. {@code ACCOUNT}: each account counted once, for the group owning most of its leads,
 * with its first lead's blind score a second after that lead's creation, so the expectation is fixed before any rep
 * could leave a trace in the history; its wins are counted up to now and expected over that same span
 * ({@link WinsBySpan}; the recommended basis for ranking reps).
 */
public enum Basis {
    STORED, BLIND, ACCOUNT;

    /** Parses {@code stored}, {@code blind} or {@code account} in any case. */
    public static Basis parse(String text) {
        if (text != null) {
            for (Basis b : values()) {
                if (b.name().equalsIgnoreCase(text.strip())) {
                    return b;
                }
            }
        }
        throw new IllegalArgumentException("basis must be blind, stored or account: '" + text + "'");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
