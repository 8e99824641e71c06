package dev.leadscope.account.committee;

import dev.leadscope.domain.event.ActivityEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much each kind of activity counts towards engagement: by type, with page views weighted by category
 * ("page_view:pricing"); types not listed count {@code otherWeight}. A value: equal when its weights are.
 */
public final class EventWeights {
    private final Map<String, Double> weights;
    private final double otherWeight;
    // the same weights by type, then by category (null key: the type's own weight): no string is built per event
    private final Map<String, Map<String, Double>> byType = new HashMap<>();

    public EventWeights(Map<String, Double> weights, double otherWeight) {
        this.weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
        this.weights.forEach((k, v) -> {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("weights." + k + " must be a finite number >= 0: " + v);
            }
        });
        if (!(otherWeight >= 0) || !Double.isFinite(otherWeight)) {
            throw new IllegalArgumentException("otherWeight must be a finite number >= 0: " + otherWeight);
        }
        this.otherWeight = otherWeight;
        this.weights.forEach((spec, w) -> {
            int colon = spec.indexOf(':');
            String type = colon < 0 ? spec : spec.substring(0, colon);
            // interned, as the events' kept types and categories are: a look-up then finds its key without comparing text
            byType.computeIfAbsent(type.intern(), t -> new HashMap<>()).put(colon < 0 ? null : spec.substring(colon + 1).intern(), w);
        });
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

    /** The weights by kind: a type name, or "type:category". */
    public Map<String, Double> weights() {
        return weights;
    }

    /** The weight of a type not listed. */
    public double otherWeight() {
        return otherWeight;
    }

    /** The weight of the event's "type:category" if listed, else of its type if listed, else {@link #otherWeight}. */
    public double weight(ActivityEvent e) {
        Map<String, Double> ofType = byType.get(e.type().name());
        if (ofType == null) {
            return otherWeight;
        }
        if (e.category() != null) {
            Double w = ofType.get(e.category());
            if (w != null) {
                return w;
            }
        }
        Double w = ofType.get(null);
        return w == null ? otherWeight : w;
    }

    /** Whether {@code e} is of kind {@code spec}: a type name, or "type:category". */
    public static boolean is(ActivityEvent e, String spec) {
        String type = e.type().name();
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return type.equals(spec);
        }
        // compared in place: no string is built per event
        String category = e.category();
        return category != null && type.length() == colon && spec.startsWith(type)
                && category.length() == spec.length() - colon - 1 && spec.startsWith(category, colon + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventWeights w && w.weights.equals(weights) && Double.compare(w.otherWeight, otherWeight) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(weights, otherWeight);
    }

    @Override
    public String toString() {
        return "EventWeights[weights=" + weights + ", otherWeight=" + otherWeight + "]";
    }
}
