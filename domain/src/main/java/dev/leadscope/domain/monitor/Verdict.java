package dev.leadscope.domain.monitor;

import java.util.Locale;

/**
 * What happened to a challenger model: trained, scored in shadow, promoted to active, kept for review (no clear
 * win), or rejected (worse than the active model).
 */
public enum Verdict {
    TRAINED, SHADOWING, PROMOTED, KEPT, REJECTED;

    /** Whether the challenger is still waiting for a decision. */
    public boolean open() {
        return this == TRAINED || this == SHADOWING;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
