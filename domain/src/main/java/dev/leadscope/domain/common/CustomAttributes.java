package dev.leadscope.domain.common;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Named, typed attributes beyond the built-in fields, kept in name order. */
public record CustomAttributes(Map<String, AttributeValue> values) {
    public static final CustomAttributes NONE = new CustomAttributes(Map.of());
    public static final int MAX_ATTRIBUTES = 200;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    public CustomAttributes {
        if (values == null) {
            values = Map.of();
        }
        if (values.size() > MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("at most " + MAX_ATTRIBUTES + " custom attributes: " + values.size());
        }
        TreeMap<String, AttributeValue> copy = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("custom attribute name must start with a letter and use letters, digits, _ . - (max 64): '" + name + "'");
            }
            if (value == null) {
                throw new IllegalArgumentException("custom attribute '" + name + "' must have a value");
            }
            copy.put(name, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** The value of {@code name}, if present. */
    public Optional<AttributeValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A copy with {@code name} set to {@code value}. */
    public CustomAttributes with(String name, AttributeValue value) {
        TreeMap<String, AttributeValue> copy = new TreeMap<>(values);
        copy.put(name, value);
        return new CustomAttributes(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
