package dev.leadscope.account.committee;

import dev.leadscope.domain.event.ActivityEvent;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A set of event kinds, each a type name ("call") or a type with a category ("page_view:pricing"), indexed so that
 * whether an event is of one of them is two hash lookups: account scoring asks it for every event of every member.
 */
public final class EventKinds {
    private final Set<String> types = new HashSet<>();
    private final Map<String, Set<String>> categoriesByType = new HashMap<>();

    private EventKinds(Collection<String> specs) {
        for (String spec : specs) {
            if (spec == null || spec.isBlank()) {
                throw new IllegalArgumentException("an event kind must be a type name or \"type:category\": " + spec);
            }
            // interned, as the events' kept types and categories are: a look-up then finds its key without comparing text
            int colon = spec.indexOf(':');
            if (colon < 0) {
                types.add(spec.intern());
            } else {
                categoriesByType.computeIfAbsent(spec.substring(0, colon).intern(), t -> new HashSet<>())
                        .add(spec.substring(colon + 1).intern());
            }
        }
    }

    /** The kinds named by {@code specs}, as {@link EventWeights#is} reads each of them. */
    public static EventKinds of(Collection<String> specs) {
        return new EventKinds(specs);
    }

    /** Whether {@code e} is of one of these kinds. */
    public boolean matches(ActivityEvent e) {
        String type = e.type().name();
        if (types.contains(type)) {
            return true;
        }
        String category = e.category();
        if (category == null || categoriesByType.isEmpty()) {
            return false;
        }
        Set<String> categories = categoriesByType.get(type);
        return categories != null && categories.contains(category);
    }
}
