package dev.leadscope.persistence.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/** The JSON text columns of the models table: provenance (text values) and metrics (numbers). */
final class ModelJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<TreeMap<String, Double>> NUMBERS = new TypeReference<>() { };

    private ModelJson() {
    }

    static String write(Map<String, ?> values) {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model column: " + e.getMessage(), e);
        }
    }

    static Map<String, String> strings(String json) {
        return read(json, STRINGS);
    }

    static Map<String, Double> numbers(String json) {
        return read(json, NUMBERS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored model column is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
