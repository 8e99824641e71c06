package dev.leadscope.rest.error;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Turns a failure to read a request into a field error: which value had the wrong type, and what it should be. */
public final class DecodeFailures {
    /** Names under which controllers take their request body. */
    private static final List<String> BODY_ARGUMENTS = List.of("request", "body");

    private DecodeFailures() {
    }

    /** Whether the failure is JSON that does not parse at all (as opposed to a value of the wrong type). */
    public static boolean isSyntaxError(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            String name = t.getClass().getSimpleName();
            if (name.equals("JsonParseException") || name.equals("JsonSyntaxException") || name.equals("JsonEOFException")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code failure} comes from reading the request (rather than from handling it). */
    public static boolean isDecodingFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof ConversionErrorException || t instanceof SerdeException || isSyntaxError(t)) {
                return true;
            }
        }
        return false;
    }

    /** The field error for a decoding failure, with {@code prefix} ({@code events[3]}) before the path of the value. */
    public static FieldError describe(String prefix, Throwable failure) {
        if (isSyntaxError(failure)) {
            return new FieldError(prefix == null ? "body" : prefix, "is not well-formed JSON: " + firstLine(innermostMessage(failure)));
        }
        List<ReferencePath> path = longestPath(failure);
        if (!path.isEmpty()) {
            return new FieldError(FieldNames.join(prefix, render(path)), expectation(path.get(0).getArgument()));
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof ConversionErrorException conversion && !BODY_ARGUMENTS.contains(conversion.getArgument().getName())) {
                return new FieldError(FieldNames.join(prefix, conversion.getArgument().getName()), expectation(conversion.getArgument()));
            }
        }
        return new FieldError(prefix == null ? "body" : prefix, "must be a JSON object of the documented shape");
    }

    /** The path of the value, outermost first: {@code firmographics.employees}, {@code hiringFor[2]}. */
    private static String render(List<ReferencePath> innermostFirst) {
        StringBuilder sb = new StringBuilder();
        for (int i = innermostFirst.size() - 1; i >= 0; i--) {
            ReferencePath step = innermostFirst.get(i);
            if (step instanceof CollectionItemReferencePath item) {
                sb.append('[').append(item.index()).append(']');
            } else {
                String name = step instanceof MapItemReferencePath entry ? entry.key() : step.getArgument().getName();
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }

    private static List<ReferencePath> longestPath(Throwable failure) {
        List<ReferencePath> longest = List.of();
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SerdeException serde && serde.getPath() != null && serde.getPath().size() > longest.size()) {
                longest = serde.getPath();
            }
        }
        return longest;
    }

    /** What a value of the declared type looks like. */
    static String expectation(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "must be an ISO-8601 instant such as 2024-03-04T09:00:00Z";
        }
        if (type == LocalDate.class) {
            return "must be an ISO-8601 date such as 2024-03-04";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "must be an object";
        }
        return "must be an object of the documented shape";
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }

    private static String innermostMessage(Throwable failure) {
        Throwable t = failure;
        while (next(t) != null) {
            t = next(t);
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse(text).strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
