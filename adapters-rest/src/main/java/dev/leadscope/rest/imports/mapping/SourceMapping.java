package dev.leadscope.rest.imports.mapping;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One source of an import: a CSV file read into one kind of entity. {@code key} is its place in the mapping
 * file ({@code sources[2]}) for error messages; {@code delimiter} 0 means detect from the header.
 */
public record SourceMapping(
        String key,
        String name,
        String file,
        Path path,
        EntityKind kind,
        char delimiter,
        char quote,
        Charset charset,
        ZoneId zone,
        String timestampFormat,
        String dateFormat,
        Set<String> nullValues,
        String listSeparator,
        Map<String, FieldSpec> fields,
        Map<String, Map<String, String>> valueMaps,
        List<RowFilter> filters,
        List<AttributeSpec> attributes,
        boolean otherColumnsAsAttributes,
        Map<String, String> excluded,
        Map<String, String> properties,
        int detectSample) {

    public SourceMapping {
        nullValues = Set.copyOf(nullValues);
        fields = Map.copyOf(fields);
        valueMaps = Map.copyOf(valueMaps);
        filters = List.copyOf(filters);
        attributes = List.copyOf(attributes);
        excluded = Map.copyOf(excluded);
        properties = Map.copyOf(properties);
    }

    /** A copy with the attribute list replaced (after type detection and expansion of other columns). */
    public SourceMapping withAttributes(List<AttributeSpec> resolved) {
        return new SourceMapping(key, name, file, path, kind, delimiter, quote, charset, zone, timestampFormat, dateFormat,
                nullValues, listSeparator, fields, valueMaps, filters, resolved, false, excluded, properties, detectSample);
    }

    /** A copy reading another file (an upload standing in for the named one). */
    public SourceMapping withPath(Path other) {
        return new SourceMapping(key, name, file, other, kind, delimiter, quote, charset, zone, timestampFormat, dateFormat,
                nullValues, listSeparator, fields, valueMaps, filters, attributes, otherColumnsAsAttributes, excluded, properties,
                detectSample);
    }
}
