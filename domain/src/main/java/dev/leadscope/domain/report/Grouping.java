package dev.leadscope.domain.report;

import dev.leadscope.domain.lead.Lead;
import java.util.Locale;

/** What a benchmark groups leads by: the rep who owns them, or where they came from. */
public enum Grouping {
    REP, CHANNEL, CAMPAIGN, SOURCE;

    /** The name used for leads without a value. */
    public static final String NONE = "(none)";

    /** The lead's group, {@link #NONE} when it has no value (a lead without an owner has no rep). */
    public String of(Lead lead) {
        String value = switch (this) {
            case REP -> lead.owner() == null ? null : lead.owner().value();
            case CHANNEL -> lead.source().channel();
            case CAMPAIGN -> lead.source().campaign();
            case SOURCE -> lead.source().channel() == null && lead.source().campaign() == null ? null
                    : (lead.source().channel() == null ? NONE : lead.source().channel()) + " / "
                    + (lead.source().campaign() == null ? NONE : lead.source().campaign());
        };
        return value == null ? NONE : value;
    }

    /** Parses {@code rep}, {@code channel}, {@code campaign} or {@code source} in any case. */
    public static Grouping parse(String text) {
        if (text != null) {
            for (Grouping g : values()) {
                if (g.name().equalsIgnoreCase(text.strip())) {
                    return g;
                }
            }
        }
        throw new IllegalArgumentException("by must be channel, campaign or source: '" + text + "'");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
