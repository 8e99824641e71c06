package dev.leadscope.ml.monitor;

import dev.leadscope.ml.snapshot.LeadHistory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The mix of new leads: how many leads were created in a window per account industry or per source channel (case and
 * spacing folded; a missing value is a category of its own). Who arrives changes before any activity feature can.
 */
public final class LeadMix {
    /** A way to sort new leads into categories. */
    public enum By {
        INDUSTRY("industry", h -> h.account() == null ? null : h.account().firmographics().industry()),
        CHANNEL("channel", h -> h.lead().source().channel());

        private final String label;
        private final Function<LeadHistory, String> value;

        By(String label, Function<LeadHistory, String> value) {
            this.label = label;
            this.value = value;
        }

        public String label() {
            return label;
        }
    }

    private LeadMix() {
    }

    /** Leads created in {@code [from, to)} counted by {@code by}. */
    public static Map<String, Integer> of(List<LeadHistory> histories, By by, Instant from, Instant to) {
        Map<String, Integer> counts = new TreeMap<>();
        for (LeadHistory h : histories) {
            Instant created = h.lead().createdAt();
            if (!created.isBefore(from) && created.isBefore(to)) {
                String v = by.value.apply(h);
                String key = v == null || v.isBlank() ? "(missing)" : v.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }
}
