package dev.leadscope.ml.baseline;

import dev.leadscope.ml.tabular.Values;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One scoring rule as marketing-automation tools write them: when a field meets a criterion, add points
 * (negative points subtract). The field is named exactly ({@code field}) or by a case-insensitive regular
 * expression over column names ({@code fieldMatches}, first matching column). Exactly one criterion is set.
 */
public record PointsRule(String field, String fieldMatches, String equals, List<String> in, List<String> containsAny,
                         Double above, Double below, Boolean missing, double points) {
    public PointsRule {
        if ((field == null) == (fieldMatches == null)) {
            throw new IllegalArgumentException("a rule needs exactly one of field and fieldMatches");
        }
        int criteria = (equals != null ? 1 : 0) + (in != null ? 1 : 0) + (containsAny != null ? 1 : 0)
                + (above != null ? 1 : 0) + (below != null ? 1 : 0) + (missing != null ? 1 : 0);
        if (criteria != 1) {
            throw new IllegalArgumentException("rule on " + (field != null ? field : fieldMatches)
                    + " needs exactly one of equals, in, containsAny, above, below, missing");
        }
        in = in == null ? null : in.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        containsAny = containsAny == null ? null : containsAny.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (!Double.isFinite(points)) {
            throw new IllegalArgumentException("rule points must be a finite number");
        }
    }

    /** The column this rule reads among {@code columns}, or null when none fits. */
    public String resolve(List<String> columns) {
        if (field != null) {
            return columns.contains(field) ? field : null;
        }
        Pattern p = Pattern.compile(fieldMatches, Pattern.CASE_INSENSITIVE);
        return columns.stream().filter(c -> p.matcher(c).matches()).findFirst().orElse(null);
    }

    /** Whether a cell (null when missing) meets the criterion. */
    public boolean matches(String cell) {
        if (missing != null) {
            return missing == (cell == null);
        }
        if (cell == null) {
            return false;
        }
        String v = cell.toLowerCase(Locale.ROOT);
        if (equals != null) {
            return v.equals(equals.toLowerCase(Locale.ROOT));
        }
        if (in != null) {
            return in.contains(v);
        }
        if (containsAny != null) {
            return containsAny.stream().anyMatch(v::contains);
        }
        double x = Values.number(cell);
        return !Double.isNaN(x) && (above != null ? x > above : x < below);
    }
}
