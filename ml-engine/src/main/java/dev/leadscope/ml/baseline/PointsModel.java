package dev.leadscope.ml.baseline;

import dev.leadscope.ml.calibration.PlattScaling;
import dev.leadscope.ml.tabular.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rule-based baseline: points per rule, summed per lead, turned into a probability by Platt scaling
 * fitted on training rows. Rules come from YAML ({@code name:} and a list of {@code rules:}); two default
 * sets ship with the product, one for the x-education columns and a generic one.
 */
public record PointsModel(String name, List<PointsRule> rules) {
    public PointsModel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("rules name must not be empty");
        }
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("rules '" + name + "' has no rules");
        }
    }

    /** The shipped rule set that fits the table's columns: x-education's when its columns are there, else the generic one. */
    public static PointsModel defaultFor(List<String> columns) {
        boolean xEducation = columns.contains("Lead Origin") && columns.contains("Total Time Spent on Website");
        String resource = xEducation ? "x-education-rules.yml" : "generic-rules.yml";
        try (InputStream in = PointsModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("shipped rules " + resource + " are missing from the jar");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a rules file. */
    public static PointsModel load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses rules YAML; {@code source} names it in errors, which also name the rule's position. */
    @SuppressWarnings("unchecked")
    public static PointsModel parse(String yaml, String source) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("rules") instanceof List<?> list)) {
            throw new IllegalArgumentException(source + ": expected a map with a 'rules' list");
        }
        List<PointsRule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> r)) {
                throw new IllegalArgumentException(source + ": rule " + (i + 1) + " is not a map");
            }
            try {
                Map<String, Object> m = (Map<String, Object>) r;
                rules.add(new PointsRule(text(m.get("field")), text(m.get("fieldMatches")), text(m.get("equals")),
                        texts(m.get("in")), texts(m.get("containsAny")), number(m.get("above")), number(m.get("below")),
                        (Boolean) m.get("missing"), number(m.get("points")) == null ? Double.NaN : number(m.get("points"))));
            } catch (ClassCastException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": rule " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        Object name = map.get("name");
        return new PointsModel(name == null ? source : name.toString(), rules);
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<String> texts(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(Object::toString).toList();
        }
        return List.of(o.toString());
    }

    private static Double number(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("'" + o + "' is not a number");
    }

    /** The points of every row of the table; rules whose field the table lacks add nothing. */
    public double[] points(Table table) {
        int[] cols = new int[rules.size()];
        for (int i = 0; i < cols.length; i++) {
            String c = rules.get(i).resolve(table.columns());
            cols[i] = c == null ? -1 : table.column(c);
        }
        double[] out = new double[table.rowCount()];
        for (int r = 0; r < out.length; r++) {
            for (int i = 0; i < cols.length; i++) {
                if (cols[i] >= 0 && rules.get(i).matches(table.cell(r, cols[i]))) {
                    out[r] += rules.get(i).points();
                }
            }
        }
        return out;
    }

    /** Fits the points-to-probability mapping on training rows. */
    public PlattScaling calibrate(Table training, int[] labels) {
        return PlattScaling.fit(points(training), labels);
    }
}
