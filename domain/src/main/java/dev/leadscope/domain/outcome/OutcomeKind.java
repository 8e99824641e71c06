package dev.leadscope.domain.outcome;

import java.util.Locale;

/** How a lead's journey ended. */
public enum OutcomeKind {
    WON, LOST, DISQUALIFIED;

    /** Whether this outcome counts as a conversion. */
    public boolean converted() {
        return this == WON;
    }

    /** Parses "won", "Won", "closed won", "lost", "disqualified" and the like, naming the allowed values on failure. */
    public static OutcomeKind parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("kind must be one of won, lost, disqualified");
        }
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return switch (key) {
            case "won", "closed won", "win", "converted" -> WON;
            case "lost", "closed lost", "loss" -> LOST;
            case "disqualified", "dq", "unqualified" -> DISQUALIFIED;
            default -> throw new IllegalArgumentException("kind must be one of won, lost, disqualified: '" + text + "'");
        };
    }
}
