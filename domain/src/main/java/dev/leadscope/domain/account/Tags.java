package dev.leadscope.domain.account;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Normalises sets of short labels (technologies, products, roles): trimmed, no blanks, sorted. */
public final class Tags {
    public static final int MAX_TAGS = 500;

    private Tags() {
    }

    /** A sorted, unmodifiable copy of {@code tags} without blanks; throws naming {@code field} when too many or too long. */
    public static Set<String> normalize(String field, Set<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Set.of();
        }
        TreeSet<String> out = new TreeSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String t = tag.strip();
            if (t.length() > 128) {
                throw new IllegalArgumentException(field + " entries must be at most 128 characters: '" + t + "'");
            }
            out.add(t);
        }
        if (out.size() > MAX_TAGS) {
            throw new IllegalArgumentException(field + " must have at most " + MAX_TAGS + " entries: " + out.size());
        }
        return Collections.unmodifiableSet(out);
    }
}
