package dev.leadscope.account.committee;

import dev.leadscope.domain.event.ActivityEvent;
import java.util.Map;
import java.util.Objects;

/**
 * How much each kind of activity counts towards engagement: by type, with page views weighted by category
 * ("page_view:pricing"); types not listed count {@code otherWeight}.
 */
public record EventWeights(Map<String, Double> weights, double otherWeight) {

    public EventWeights {
        weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
        weights.forEach((k, v) -> {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("weights." + k + " must be a finite number >= 0: " + v);
            }
        });
        if (!(otherWeight >= 0) || !Double.isFinite(otherWeight)) {
            throw new IllegalArgumentException("otherWeight must be a finite number >= 0: " + otherWeight);
        }
    }

    /** Meetings, trials and integrations weigh most; opens least; pricing views more than blog views. */
    public static EventWeights defaults() {
        return new EventWeights(Map.ofEntries(
                Map.entry("page_view", 1.0), Map.entry("page_view:pricing", 3.0), Map.entry("page_view:case_study", 2.0),
                Map.entry("page_view:docs", 2.0), Map.entry("page_view:blog", 0.5),
                Map.entry("email_open", 0.5), Map.entry("email_click", 1.0), Map.entry("email_reply", 3.0),
                Map.entry("form_submit", 3.0), Map.entry("content_download", 2.0), Map.entry("webinar_registered", 1.0),
                Map.entry("webinar_attended", 3.0), Map.entry("trial_signup", 5.0), Map.entry("teammate_invited", 4.0),
                Map.entry("integration_connected", 5.0), Map.entry("product_usage", 2.0), Map.entry("meeting_booked", 6.0),
                Map.entry("chat", 2.0), Map.entry("call", 3.0)), 1.0);
    }

    public double weight(ActivityEvent e) {
        if (e.category() != null) {
            Double w = weights.get(e.type().name() + ":" + e.category());
            if (w != null) {
                return w;
            }
        }
        return weights.getOrDefault(e.type().name(), otherWeight);
    }

    /** Whether {@code e} is of kind {@code spec}: a type name, or "type:category". */
    public static boolean is(ActivityEvent e, String spec) {
        String type = e.type().name();
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return type.equals(spec);
        }
        // compared in place: this runs for every event of every committee member an account is scored from
        String category = e.category();
        return category != null && type.length() == colon && spec.startsWith(type)
                && category.length() == spec.length() - colon - 1 && spec.startsWith(category, colon + 1);
    }
}
