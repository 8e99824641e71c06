package dev.leadscope.rest.imports.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses a source's {@code fields} and {@code constants} against the fields its kind has. */
final class FieldsParser {
    private static final Set<String> FIELD_KEYS = Set.of("column", "hash", "slug", "prefix", "format", "multiply");

    private final YamlTree tree;
    private final List<String> problems;
    private final String key;
    private final EntityKind kind;

    FieldsParser(YamlTree tree, List<String> problems, String key, EntityKind kind) {
        this.tree = tree;
        this.problems = problems;
        this.key = key;
        this.kind = kind;
    }

    Map<String, FieldSpec> parse(Object fieldsNode, Object constantsNode) {
        Map<String, FieldSpec> out = new LinkedHashMap<>();
        tree.map(fieldsNode, key + ".fields", null).forEach((field, spec) -> {
            String at = YamlTree.path(key + ".fields", field);
            FieldType type = type(field, at);
            if (type == null) {
                return;
            }
            FieldSpec parsed = spec instanceof Map ? detailed(field, type, spec, at) : simple(field, type, spec, at);
            if (parsed != null) {
                out.put(field, parsed);
            }
        });
        tree.map(constantsNode, key + ".constants", null).forEach((field, value) -> {
            String at = YamlTree.path(key + ".constants", field);
            FieldType type = type(field, at);
            String text = tree.text(value, at);
            if (type == null || text == null) {
                return;
            }
            if (out.containsKey(field)) {
                problems.add(at + ": " + field + " is mapped in fields too; keep one");
                return;
            }
            out.put(field, new FieldSpec(field, type, null, null, text, false, null, null, null));
        });
        for (String required : kind.required()) {
            if (!out.containsKey(required)) {
                problems.add(YamlTree.path(key + ".fields", required) + ": required for kind " + kind.label()
                        + " (map a column, use {hash: [columns]}, or give a constant)");
            }
        }
        return out;
    }

    private FieldType type(String field, String at) {
        FieldType type = kind.fields().get(field);
        if (type == null) {
            problems.add(at + ": unknown field for kind " + kind.label() + "; known: " + String.join(", ", kind.fields().keySet()));
        }
        return type;
    }

    private FieldSpec simple(String field, FieldType type, Object spec, String at) {
        String column = tree.text(spec, at);
        if (column == null || column.isBlank()) {
            problems.add(at + ": name the column to read");
            return null;
        }
        return new FieldSpec(field, type, column, null, null, false, null, null, null);
    }

    private FieldSpec detailed(String field, FieldType type, Object spec, String at) {
        Map<String, Object> m = tree.map(spec, at, FIELD_KEYS);
        String column = tree.text(m.get("column"), at + ".column");
        List<String> hash = m.containsKey("hash") ? tree.texts(m.get("hash"), at + ".hash") : null;
        if ((column == null) == (hash == null)) {
            problems.add(at + ": give either column or hash");
            return null;
        }
        if (hash != null && (hash.isEmpty() || type != FieldType.ID)) {
            problems.add(at + ".hash: " + (hash.isEmpty() ? "list at least one column" : "only identifier fields can be hashed"));
            return null;
        }
        boolean slug = Boolean.TRUE.equals(tree.bool(m.get("slug"), at + ".slug"));
        String prefix = tree.text(m.get("prefix"), at + ".prefix");
        if ((slug || prefix != null) && type != FieldType.ID) {
            problems.add(at + ": slug and prefix apply to identifier fields only");
        }
        String format = tree.text(m.get("format"), at + ".format");
        if (format != null) {
            if (type != FieldType.TIMESTAMP && type != FieldType.DATE) {
                problems.add(at + ".format: only timestamp and date fields have a format");
            } else {
                MappingParser.attempt(problems, at + ".format", () -> java.time.format.DateTimeFormatter.ofPattern(format), null);
            }
        }
        String multiplyText = tree.text(m.get("multiply"), at + ".multiply");
        Double multiply = null;
        if (multiplyText != null) {
            if (type != FieldType.NUMBER && type != FieldType.INTEGER) {
                problems.add(at + ".multiply: only number fields can be scaled");
            }
            multiply = MappingParser.attempt(problems, at + ".multiply", () -> Double.parseDouble(multiplyText), null);
        }
        return new FieldSpec(field, type, column, hash, null, slug, prefix, format, multiply);
    }
}
