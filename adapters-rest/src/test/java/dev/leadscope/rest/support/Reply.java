package dev.leadscope.rest.support;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP answer as a test sees it: status, content type, raw body and the body parsed as JSON (maps and lists). */
public record Reply(int status, String contentType, String raw, Object body) {
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    /** The value at a path such as {@code errors[0].field} or {@code items}; null when absent. */
    public Object at(String path) {
        Object current = body;
        Matcher m = STEP.matcher(path);
        while (m.find() && current != null) {
            if (m.group(1) != null) {
                current = current instanceof Map<?, ?> map ? map.get(m.group(1)) : null;
            } else {
                int index = Integer.parseInt(m.group(2));
                current = current instanceof List<?> list && index < list.size() ? list.get(index) : null;
            }
        }
        return current;
    }

    public String text(String path) {
        Object value = at(path);
        return value == null ? null : value.toString();
    }

    public long number(String path) {
        Object value = at(path);
        if (!(value instanceof Number n)) {
            throw new AssertionError("no number at " + path + " in " + raw);
        }
        return n.longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String path) {
        Object value = at(path);
        if (!(value instanceof List<?>)) {
            throw new AssertionError("no list at " + path + " in " + raw);
        }
        return (List<Object>) value;
    }

    /** The field {@code field} of each object in the list at {@code path}, as text. */
    public List<String> texts(String path, String field) {
        return list(path).stream().map(item -> item instanceof Map<?, ?> m && m.get(field) != null ? m.get(field).toString() : null).toList();
    }

    /** The names of the body's top-level fields. */
    public java.util.Set<String> keys() {
        if (!(body instanceof Map<?, ?> map)) {
            throw new AssertionError("body is not an object: " + raw);
        }
        return map.keySet().stream().map(Object::toString).collect(java.util.stream.Collectors.toSet());
    }
}
