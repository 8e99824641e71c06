package dev.leadscope.rest.imports.convert;

import dev.leadscope.domain.common.AttributeType;
import dev.leadscope.domain.common.AttributeValue;
import dev.leadscope.rest.imports.csv.CsvRecord;
import dev.leadscope.rest.imports.mapping.FieldSpec;
import dev.leadscope.rest.imports.mapping.FieldType;
import dev.leadscope.rest.imports.mapping.PreparedSource;
import dev.leadscope.rest.imports.mapping.SourceMapping;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads typed values out of one row for one source: missing values (blank or listed in {@code null_values}),
 * value maps, slugs, hashes, constants, numbers, booleans, dates and lists. Failures throw
 * {@link RowRejected} naming the column and the text found.
 */
final class Cells {
    private static final Pattern NOT_ID = Pattern.compile("[^\\p{L}\\p{N}._:@/+#=-]+");

    private final SourceMapping source;
    private final Map<String, Integer> index;
    private final TimeParser times;
    private final Map<String, TimeParser> fieldTimes = new HashMap<>();
    private final MessageDigest sha;
    private CsvRecord row;

    Cells(PreparedSource prepared) {
        this.source = prepared.source();
        this.index = prepared.columnIndex();
        this.times = new TimeParser(source.zone(), source.timestampFormat());
        source.fields().values().forEach(f -> {
            if (f.format() != null) {
                fieldTimes.put(f.field(), new TimeParser(source.zone(), f.format()));
            } else if (f.type() == FieldType.DATE && source.dateFormat() != null) {
                fieldTimes.put(f.field(), new TimeParser(source.zone(), source.dateFormat()));
            }
        });
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void use(CsvRecord current) {
        this.row = current;
    }

    /** The trimmed text of {@code column}, or null when missing. */
    String raw(String column) {
        String v = row.get(index.get(column)).strip();
        return v.isEmpty() || source.nullValues().contains(v) ? null : v;
    }

    /** The field's text after the value map, or null when missing or not mapped. */
    String text(String field) {
        FieldSpec spec = source.fields().get(field);
        if (spec == null) {
            return null;
        }
        if (spec.constant() != null) {
            return spec.constant();
        }
        if (spec.hashOf() != null) {
            return spec.prefix() + hash(spec);
        }
        return mapped(field, raw(spec.column()));
    }

    String mapped(String target, String value) {
        Map<String, String> map = source.valueMaps().get(target);
        if (map == null || value == null) {
            return value;
        }
        String to = map.containsKey(value) ? map.get(value) : map.get("*");
        if (to == null) {
            return map.containsKey(value) || map.containsKey("*") ? null : value;
        }
        return to.isEmpty() ? null : to;
    }

    String id(String field) {
        String t = text(field);
        FieldSpec spec = source.fields().get(field);
        if (t == null || spec.hashOf() != null || spec.constant() != null) {
            return t;
        }
        if (spec.slug()) {
            t = NOT_ID.matcher(t).replaceAll("-").replaceAll("^-+|-+$", "");
        }
        return spec.prefix() + t;
    }

    Double number(String field) {
        String t = text(field);
        if (t == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            Double factor = source.fields().get(field).multiply();
            return factor == null ? v : v * factor;
        } catch (NumberFormatException e) {
            throw reject(field, t, "not a number: '" + t + "'");
        }
    }

    Integer integer(String field) {
        Double d = number(field);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw reject(field, text(field), "not a whole number: '" + text(field) + "'");
        }
        return d.intValue();
    }

    Boolean bool(String field) {
        String t = text(field);
        try {
            return t == null ? null : ((AttributeValue.BooleanValue) AttributeValue.parse(AttributeType.BOOLEAN, t)).value();
        } catch (IllegalArgumentException e) {
            throw reject(field, t, e.getMessage());
        }
    }

    Instant instant(String field) {
        String t = text(field);
        try {
            return t == null ? null : fieldTimes.getOrDefault(field, times).instant(t);
        } catch (IllegalArgumentException e) {
            throw reject(field, t, e.getMessage());
        }
    }

    LocalDate date(String field) {
        String t = text(field);
        try {
            return t == null ? null : fieldTimes.getOrDefault(field, times).date(t);
        } catch (IllegalArgumentException e) {
            throw reject(field, t, e.getMessage());
        }
    }

    Set<String> list(String field) {
        String t = text(field);
        Set<String> out = new LinkedHashSet<>();
        if (t != null) {
            for (String part : t.split(Pattern.quote(source.listSeparator()))) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    TimeParser times() {
        return times;
    }

    /** The column(s) a field reads, as named in the report. */
    String columnOf(String field) {
        FieldSpec spec = source.fields().get(field);
        if (spec == null) {
            return "-";
        }
        if (spec.constant() != null) {
            return "constants." + field;
        }
        return String.join("+", spec.columns());
    }

    RowRejected reject(String field, String value, String reason) {
        return new RowRejected(columnOf(field), value, reason);
    }

    private String hash(FieldSpec spec) {
        StringBuilder key = new StringBuilder();
        for (String c : spec.hashOf()) {
            String v = raw(c);
            key.append(v == null ? "" : v).append('\u001f');
        }
        byte[] digest = sha.digest(key.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 12);
    }
}
