package dev.leadscope.persistence.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadscope.domain.common.AttributeType;
import dev.leadscope.domain.common.AttributeValue;
import dev.leadscope.domain.common.CustomAttributes;
import dev.leadscope.domain.scoring.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Encodes the collection-valued fields (tags, event properties, custom attributes, reasons) as JSON text
 * columns: they are always read and written whole with their row, never queried inside.
 */
public final class JsonColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<Map<String, TypedValue>> ATTRIBUTE_MAP = new TypeReference<>() { };
    private static final TypeReference<List<ReasonJson>> REASONS = new TypeReference<>() { };

    /** One custom attribute as stored: its type and its stable text form. */
    record TypedValue(String type, String value) {
    }

    /** One reason as stored. */
    record ReasonJson(String feature, String text, double contribution) {
    }

    private JsonColumns() {
    }

    public static String tags(Set<String> tags) {
        return write(tags);
    }

    public static Set<String> tags(String json) {
        return Set.copyOf(read(json, STRINGS));
    }

    public static String properties(Map<String, String> properties) {
        return properties.isEmpty() ? "{}" : write(properties);
    }

    public static Map<String, String> properties(String json) {
        return "{}".equals(json) ? Map.of() : read(json, STRING_MAP);
    }

    public static String attributes(CustomAttributes attributes) {
        if (attributes.isEmpty()) {
            return "{}";
        }
        Map<String, TypedValue> out = new LinkedHashMap<>();
        attributes.values().forEach((name, value) -> out.put(name, new TypedValue(value.type().name(), value.asText())));
        return write(out);
    }

    public static CustomAttributes attributes(String json) {
        if ("{}".equals(json)) {
            return CustomAttributes.NONE;
        }
        Map<String, AttributeValue> values = new TreeMap<>();
        read(json, ATTRIBUTE_MAP).forEach((name, v) -> values.put(name, AttributeValue.parse(AttributeType.valueOf(v.type()), v.value())));
        return new CustomAttributes(values);
    }

    public static String reasons(List<Reason> reasons) {
        return write(reasons.stream().map(r -> new ReasonJson(r.feature(), r.text(), r.contribution())).toList());
    }

    public static List<Reason> reasons(String json) {
        return read(json, REASONS).stream().map(r -> new Reason(r.feature(), r.text(), r.contribution())).toList();
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON column is not readable as " + type.getType() + ": " + e.getOriginalMessage(), e);
        }
    }
}
