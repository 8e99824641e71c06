package dev.leadscope.qualification.routing;

import dev.leadscope.domain.lead.RepId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether leads without an owner are assigned to reps by open load ({@code byOpenLoad}), and to which reps with
 * what relative capacity ({@code reps}; when empty, every rep who owns a lead, each with capacity 1).
 */
public record AssignmentPolicy(boolean byOpenLoad, Map<RepId, Double> reps) {
    public static final AssignmentPolicy DEFAULTS = new AssignmentPolicy(true, Map.of());

    public AssignmentPolicy {
        Objects.requireNonNull(reps, "reps");
        LinkedHashMap<RepId, Double> copy = new LinkedHashMap<>();
        reps.forEach((rep, capacity) -> {
            Objects.requireNonNull(rep, "rep");
            if (capacity == null || !(capacity > 0) || !Double.isFinite(capacity)) {
                throw new IllegalArgumentException("the capacity of rep " + rep.value() + " must be a finite number > 0: " + capacity);
            }
            copy.put(rep, capacity);
        });
        reps = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses {@code rep.anna, rep.bob:0.5}: reps separated by commas, each with an optional {@code :capacity}
     * (default 1).
     */
    public static Map<RepId, Double> parseReps(String text) {
        Map<RepId, Double> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.lastIndexOf(':');
            double capacity = 1.0;
            String rep = item;
            if (colon > 0) {
                try {
                    capacity = Double.parseDouble(item.substring(colon + 1).strip());
                    rep = item.substring(0, colon).strip();
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("capacity after ':' must be a number: '" + item + "'");
                }
            }
            out.put(new RepId(rep), capacity);
        }
        return out;
    }
}
