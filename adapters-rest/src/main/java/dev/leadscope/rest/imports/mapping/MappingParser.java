package dev.leadscope.rest.imports.mapping;

import dev.leadscope.domain.common.AttributeType;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.rest.imports.csv.CsvFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses and checks a mapping file (see docs/import.md). Every problem found is collected and thrown
 * together as a {@link MappingException} naming its YAML key; files are checked to exist, columns are
 * checked later against each file's header by {@link MappingValidator}.
 */
public final class MappingParser {
    static final Set<String> FORMAT_KEYS = Set.of("delimiter", "quote", "encoding", "time_zone", "formats", "null_values",
            "list_separator", "detect_sample");
    private static final Set<String> TOP = Set.of("version", "workspace", "defaults", "sources");
    private static final Set<String> SOURCE = union(FORMAT_KEYS, Set.of("name", "file", "kind", "fields", "constants", "values",
            "filter", "attributes", "other_columns", "exclude", "properties"));

    private final FileResolver files;

    public MappingParser(FileResolver files) {
        this.files = files;
    }

    public ImportMapping parse(Path mappingFile) throws IOException {
        try (InputStream in = Files.newInputStream(mappingFile)) {
            return parse(in);
        }
    }

    public ImportMapping parse(InputStream yaml) throws IOException {
        List<String> problems = new ArrayList<>();
        YamlTree tree = new YamlTree(problems);
        Map<String, Object> root = tree.map(YamlTree.load(yaml, problems), "(top level)", TOP);
        String version = tree.text(root.get("version"), "version");
        if (version != null && !version.equals("1")) {
            problems.add("version: only version 1 is known: '" + version + "'");
        }
        WorkspaceId workspace = WorkspaceId.DEFAULT;
        String ws = tree.text(root.get("workspace"), "workspace");
        if (ws != null) {
            workspace = attempt(problems, "workspace", () -> new WorkspaceId(ws), WorkspaceId.DEFAULT);
        }
        Map<String, Object> defaults = tree.map(root.get("defaults"), "defaults", FORMAT_KEYS);
        List<Object> sourceNodes = tree.list(root.get("sources"), "sources");
        if (sourceNodes.isEmpty()) {
            problems.add("sources: list at least one source (a CSV file and the kind it holds)");
        }
        List<SourceMapping> sources = new ArrayList<>();
        for (int i = 0; i < sourceNodes.size(); i++) {
            SourceMapping source = new SourceParser(tree, problems, "sources[" + i + "]", defaults).parse(sourceNodes.get(i));
            if (source != null) {
                sources.add(source);
            }
        }
        if (!problems.isEmpty()) {
            throw new MappingException(problems);
        }
        return new ImportMapping(workspace, sources);
    }

    /** Parses one entry of {@code sources}. */
    private final class SourceParser {
        private final YamlTree tree;
        private final List<String> problems;
        private final String key;
        private final Map<String, Object> defaults;

        SourceParser(YamlTree tree, List<String> problems, String key, Map<String, Object> defaults) {
            this.tree = tree;
            this.problems = problems;
            this.key = key;
            this.defaults = defaults;
        }

        SourceMapping parse(Object node) {
            int before = problems.size();
            Map<String, Object> s = tree.map(node, key, SOURCE);
            Map<String, Object> f = new HashMap<>(defaults);
            FORMAT_KEYS.forEach(k -> {
                if (s.containsKey(k)) {
                    f.put(k, s.get(k));
                }
            });
            String file = tree.text(s.get("file"), k("file"));
            Path path = null;
            if (file == null || file.isBlank()) {
                problems.add(k("file") + ": required: the CSV file, relative to the mapping file or absolute");
            } else {
                path = files.resolve(file);
                if (!Files.isRegularFile(path)) {
                    problems.add(k("file") + ": file not found: " + path);
                }
            }
            String kindText = tree.text(s.get("kind"), k("kind"));
            EntityKind kind = null;
            if (kindText == null) {
                problems.add(k("kind") + ": required: one of account, lead, event, outcome, note, intent");
            } else {
                kind = attempt(problems, k("kind"), () -> EntityKind.parse(kindText), null);
            }
            String name = tree.text(s.get("name"), k("name"));
            char delimiter = delimiter(tree.text(f.get("delimiter"), fk("delimiter", s)));
            char quote = quote(tree.text(f.get("quote"), fk("quote", s)));
            Charset charset = charset(tree.text(f.get("encoding"), fk("encoding", s)), fk("encoding", s));
            String zoneText = tree.text(f.get("time_zone"), fk("time_zone", s));
            ZoneId zone = zoneText == null ? ZoneId.of("UTC") : attempt(problems, fk("time_zone", s), () -> ZoneId.of(zoneText), ZoneId.of("UTC"));
            Map<String, Object> formats = tree.map(f.get("formats"), fk("formats", s), Set.of("timestamp", "date"));
            String tsFormat = pattern(tree.text(formats.get("timestamp"), fk("formats", s) + ".timestamp"), fk("formats", s) + ".timestamp");
            String dateFormat = pattern(tree.text(formats.get("date"), fk("formats", s) + ".date"), fk("formats", s) + ".date");
            Set<String> nulls = Set.copyOf(tree.texts(f.get("null_values"), fk("null_values", s)));
            String listSep = tree.text(f.get("list_separator"), fk("list_separator", s));
            int sample = sampleSize(tree.text(f.get("detect_sample"), fk("detect_sample", s)), fk("detect_sample", s));
            if (kind == null) {
                return null;
            }
            Map<String, FieldSpec> fields = new FieldsParser(tree, problems, key, kind).parse(s.get("fields"), s.get("constants"));
            Map<String, Map<String, String>> values = valueMaps(s.get("values"));
            List<RowFilter> filters = filters(s.get("filter"));
            List<AttributeSpec> attributes = attributes(s.get("attributes"), kind);
            String other = tree.text(s.get("other_columns"), k("other_columns"));
            boolean otherAsAttributes = false;
            if (other != null) {
                otherAsAttributes = other.equals("detect");
                if (!other.equals("detect") && !other.equals("ignore")) {
                    problems.add(k("other_columns") + ": must be detect or ignore: '" + other + "'");
                } else if (otherAsAttributes && !kind.hasAttributes()) {
                    problems.add(k("other_columns") + ": only accounts and leads have custom attributes");
                }
            }
            Map<String, String> excluded = namedColumns(s.get("exclude"), k("exclude"), "no reason given");
            Map<String, String> properties = namedColumns(s.get("properties"), k("properties"), null);
            if (!properties.isEmpty() && kind != EntityKind.EVENT) {
                problems.add(k("properties") + ": only events have properties");
            }
            if (problems.size() > before) {
                return null;
            }
            String label = name != null ? name : Path.of(file).getFileName() + " as " + kind.label();
            return new SourceMapping(key, label, file, path, kind, delimiter, quote, charset, zone, tsFormat, dateFormat, nulls,
                    listSep == null ? ";" : listSep, fields, values, filters, attributes, otherAsAttributes, excluded, properties, sample);
        }

        private String k(String child) {
            return YamlTree.path(key, child);
        }

        private String fk(String child, Map<String, Object> source) {
            return source.containsKey(child) ? k(child) : YamlTree.path("defaults", child);
        }

        private char delimiter(String text) {
            if (text == null || text.equals("auto")) {
                return 0;
            }
            return attempt(problems, k("delimiter"), () -> CsvFormat.delimiter(text), ',');
        }

        private char quote(String text) {
            if (text == null) {
                return '"';
            }
            if (text.length() != 1) {
                problems.add(k("quote") + ": must be one character: '" + text + "'");
                return '"';
            }
            return text.charAt(0);
        }

        private Charset charset(String text, String at) {
            if (text == null) {
                return java.nio.charset.StandardCharsets.UTF_8;
            }
            return attempt(problems, at, () -> Charset.forName(text), java.nio.charset.StandardCharsets.UTF_8);
        }

        private String pattern(String text, String at) {
            if (text == null || text.equalsIgnoreCase("iso")) {
                return null;
            }
            attempt(problems, at, () -> DateTimeFormatter.ofPattern(text), null);
            return text;
        }

        private int sampleSize(String text, String at) {
            if (text == null) {
                return 1000;
            }
            Integer n = attempt(problems, at, () -> Integer.parseInt(text), 1000);
            if (n < 1) {
                problems.add(at + ": must be at least 1: " + n);
            }
            return n;
        }

        private Map<String, Map<String, String>> valueMaps(Object node) {
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            tree.map(node, k("values"), null).forEach((target, table) -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                String at = YamlTree.path(k("values"), target);
                tree.map(table, at, null).forEach((from, to) -> pairs.put(from, tree.text(to, YamlTree.path(at, from))));
                out.put(target, pairs);
            });
            return out;
        }

        private List<RowFilter> filters(Object node) {
            List<RowFilter> out = new ArrayList<>();
            tree.map(node, k("filter"), null).forEach((column, rule) -> {
                String at = YamlTree.path(k("filter"), column);
                if (rule instanceof Map) {
                    Map<String, Object> r = tree.map(rule, at, Set.of("in", "not_in", "present"));
                    Boolean present = tree.bool(r.get("present"), at + ".present");
                    out.add(new RowFilter(column, r.containsKey("in") ? Set.copyOf(tree.texts(r.get("in"), at + ".in")) : null,
                            Set.copyOf(tree.texts(r.get("not_in"), at + ".not_in")), Boolean.TRUE.equals(present)));
                } else {
                    out.add(new RowFilter(column, Set.copyOf(tree.texts(rule, at)), null, false));
                }
            });
            return out;
        }

        private List<AttributeSpec> attributes(Object node, EntityKind kind) {
            List<AttributeSpec> out = new ArrayList<>();
            Map<String, Object> map = tree.map(node, k("attributes"), null);
            if (!map.isEmpty() && !kind.hasAttributes()) {
                problems.add(k("attributes") + ": only accounts and leads have custom attributes");
                return out;
            }
            map.forEach((column, spec) -> {
                String at = YamlTree.path(k("attributes"), column);
                String name = AttributeNames.fromColumn(column);
                String type;
                if (spec instanceof Map) {
                    Map<String, Object> m = tree.map(spec, at, Set.of("name", "type"));
                    name = m.containsKey("name") ? tree.text(m.get("name"), at + ".name") : name;
                    type = tree.text(m.get("type"), at + ".type");
                } else {
                    type = tree.text(spec, at);
                }
                String finalName = name;
                attempt(problems, at + ".name", () -> AttributeNames.check(finalName), null);
                AttributeType parsed = null;
                if (type != null && !type.equals("detect")) {
                    parsed = attempt(problems, at + ".type", () -> AttributeType.parse(type), null);
                }
                out.add(new AttributeSpec(column, name, parsed));
            });
            return out;
        }

        private Map<String, String> namedColumns(Object node, String at, String defaultValue) {
            Map<String, String> out = new LinkedHashMap<>();
            if (node instanceof Map) {
                tree.map(node, at, null).forEach((column, v) -> {
                    String t = tree.text(v, YamlTree.path(at, column));
                    out.put(column, t == null || t.isBlank() ? (defaultValue == null ? AttributeNames.fromColumn(column) : defaultValue) : t);
                });
            } else {
                tree.texts(node, at).forEach(c -> out.put(c, defaultValue == null ? AttributeNames.fromColumn(c) : defaultValue));
            }
            return out;
        }
    }

    static <T> T attempt(List<String> problems, String key, java.util.function.Supplier<T> parse, T fallback) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            problems.add(key + ": " + e.getMessage());
            return fallback;
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
