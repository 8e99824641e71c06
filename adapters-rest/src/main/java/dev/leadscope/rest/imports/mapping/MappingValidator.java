package dev.leadscope.rest.imports.mapping;

import dev.leadscope.domain.common.AttributeType;
import dev.leadscope.domain.common.CustomAttributes;
import dev.leadscope.rest.imports.convert.TimeParser;
import dev.leadscope.rest.imports.convert.TypeDetector;
import dev.leadscope.rest.imports.csv.CsvReader;
import dev.leadscope.rest.imports.csv.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks each source against its file before anything is imported: every column named exists in the header,
 * no column is both excluded and used, and attribute types marked {@code detect} are detected from the
 * first {@code detect_sample} rows. All problems are thrown together, each naming its YAML key.
 */
public final class MappingValidator {

    public List<PreparedSource> prepare(ImportMapping mapping) throws IOException {
        List<String> problems = new ArrayList<>();
        List<PreparedSource> prepared = new ArrayList<>();
        for (SourceMapping source : mapping.inDependencyOrder()) {
            PreparedSource p = prepare(source, problems);
            if (p != null) {
                prepared.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new MappingException(problems);
        }
        return prepared;
    }

    private PreparedSource prepare(SourceMapping source, List<String> problems) throws IOException {
        List<String> header;
        char delimiter;
        java.nio.charset.Charset charset;
        try (InputStream in = Files.newInputStream(source.path()); CsvReader reader = new CsvReader(in, source.delimiter(), source.quote(), source.charset())) {
            CsvRecord first = reader.next();
            if (first == null) {
                problems.add(source.key() + ".file: " + source.file() + " is empty: it needs a header line");
                return null;
            }
            header = first.fields().stream().map(String::strip).toList();
            delimiter = reader.delimiter();
            charset = reader.charset();
        }
        int before = problems.size();
        Set<String> columns = new HashSet<>(header);
        Set<String> used = new HashSet<>();
        String inFile = " is not in the header of " + source.path().getFileName() + " (columns: " + abbreviate(header) + ")";
        source.fields().forEach((field, spec) -> spec.columns().forEach(c -> {
            String at = source.key() + ".fields." + field + (spec.hashOf() != null ? ".hash" : "");
            check(columns, c, at, inFile, problems);
            used.add(c);
        }));
        source.filters().forEach(f -> check(columns, f.column(), YamlTree.path(source.key() + ".filter", f.column()), inFile, problems));
        source.attributes().forEach(a -> {
            check(columns, a.column(), YamlTree.path(source.key() + ".attributes", a.column()), inFile, problems);
            used.add(a.column());
        });
        source.properties().keySet().forEach(c -> {
            check(columns, c, YamlTree.path(source.key() + ".properties", c), inFile, problems);
            used.add(c);
        });
        source.excluded().keySet().forEach(c -> {
            String at = YamlTree.path(source.key() + ".exclude", c);
            check(columns, c, at, inFile, problems);
            if (used.contains(c)) {
                problems.add(at + ": column '" + c + "' is excluded but also mapped; drop one");
            }
        });
        Set<String> attributeColumns = new HashSet<>();
        source.attributes().forEach(a -> attributeColumns.add(a.column()));
        source.valueMaps().keySet().forEach(target -> {
            if (!source.fields().containsKey(target) && !attributeColumns.contains(target) && !source.otherColumnsAsAttributes()) {
                problems.add(YamlTree.path(source.key() + ".values", target) + ": names neither a mapped field nor an attribute column");
            }
        });
        if (problems.size() > before) {
            return null;
        }
        List<AttributeSpec> attributes = new ArrayList<>(source.attributes());
        if (source.otherColumnsAsAttributes()) {
            Set<String> taken = new HashSet<>(used);
            taken.addAll(source.excluded().keySet());
            source.filters().forEach(f -> taken.add(f.column()));
            Set<String> names = new HashSet<>();
            attributes.forEach(a -> names.add(a.name()));
            for (String c : header) {
                if (!c.isEmpty() && taken.add(c) && names.add(AttributeNames.fromColumn(c))) {
                    attributes.add(new AttributeSpec(c, AttributeNames.fromColumn(c), null));
                }
            }
        }
        if (attributes.size() > CustomAttributes.MAX_ATTRIBUTES) {
            problems.add(source.key() + ".attributes: at most " + CustomAttributes.MAX_ATTRIBUTES + " attributes: " + attributes.size());
            return null;
        }
        PreparedSource prepared = new PreparedSource(source, header, delimiter, charset);
        return new PreparedSource(source.withAttributes(detectTypes(prepared, attributes)), header, delimiter, charset);
    }

    private static void check(Set<String> columns, String column, String at, String inFile, List<String> problems) {
        if (!columns.contains(column)) {
            problems.add(at + ": column '" + column + "'" + inFile);
        }
    }

    private static List<AttributeSpec> detectTypes(PreparedSource prepared, List<AttributeSpec> attributes) throws IOException {
        if (attributes.stream().allMatch(a -> a.type() != null)) {
            return attributes;
        }
        SourceMapping s = prepared.source();
        Map<String, Integer> index = prepared.columnIndex();
        Map<String, List<String>> samples = new LinkedHashMap<>();
        attributes.stream().filter(a -> a.type() == null).forEach(a -> samples.put(a.column(), new ArrayList<>()));
        try (InputStream in = Files.newInputStream(s.path()); CsvReader reader = new CsvReader(in, prepared.delimiter(), s.quote(), s.charset())) {
            reader.next();
            CsvRecord row;
            int n = 0;
            while (n < s.detectSample() && (row = reader.next()) != null) {
                if (row.malformed() || row.size() != prepared.header().size()) {
                    continue;
                }
                n++;
                for (Map.Entry<String, List<String>> e : samples.entrySet()) {
                    String v = row.get(index.get(e.getKey())).strip();
                    if (!v.isEmpty() && !s.nullValues().contains(v)) {
                        Map<String, String> valueMap = s.valueMaps().get(e.getKey());
                        e.getValue().add(valueMap != null ? valueMap.getOrDefault(v, valueMap.getOrDefault("*", v)) : v);
                    }
                }
            }
        }
        TypeDetector detector = new TypeDetector(new TimeParser(s.zone(), s.timestampFormat()));
        List<AttributeSpec> out = new ArrayList<>();
        for (AttributeSpec a : attributes) {
            AttributeType type = a.type() != null ? a.type() : detector.detect(samples.get(a.column()));
            out.add(a.withType(type));
        }
        return out;
    }

    private static String abbreviate(List<String> header) {
        String all = String.join(", ", header);
        return all.length() > 300 ? all.substring(0, 300) + "..." : all;
    }
}
