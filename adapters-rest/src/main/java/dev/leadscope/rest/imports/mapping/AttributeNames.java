package dev.leadscope.rest.imports.mapping;

import dev.leadscope.domain.common.AttributeValue;
import dev.leadscope.domain.common.CustomAttributes;
import java.util.Locale;
import java.util.Map;

/** Turns column headings into custom-attribute names ("Total Time Spent" becomes {@code total_time_spent}). */
public final class AttributeNames {
    private AttributeNames() {
    }

    /** Lower snake case, starting with a letter, at most 64 characters. */
    public static String fromColumn(String column) {
        String s = column.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "_").replaceAll("^[^a-z]+", "")
                .replaceAll("_+$", "");
        if (s.isEmpty()) {
            s = "column";
        }
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    /** Throws naming the rule when {@code name} is not a valid attribute name. */
    public static String check(String name) {
        new CustomAttributes(Map.of(name, new AttributeValue.BooleanValue(true)));
        return name;
    }
}
