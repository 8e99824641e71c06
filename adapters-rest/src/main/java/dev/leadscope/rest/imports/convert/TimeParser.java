package dev.leadscope.rest.imports.convert;

import dev.leadscope.rest.common.UtcInstants;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads timestamps and dates in one source's formats: ISO-8601 by default (an instant, a date-time with or
 * without offset, or a date; times without an offset are in the source's time zone), or a pattern.
 */
public final class TimeParser {
    private final ZoneId zone;
    private final DateTimeFormatter pattern;
    private final String patternText;

    public TimeParser(ZoneId zone, String pattern) {
        this.zone = zone;
        this.patternText = pattern;
        this.pattern = pattern == null ? null : DateTimeFormatter.ofPattern(pattern);
    }

    /** The instant written in {@code text}; throws with a message naming the expected format. */
    public Instant instant(String text) {
        try {
            if (pattern != null) {
                return toInstant(pattern.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from));
            }
            Instant utc = UtcInstants.parse(text);
            if (utc != null) {
                return utc;
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
            if (iso.endsWith("Z") && iso.indexOf('[') < 0) {
                return Instant.parse(iso);
            }
            return toInstant(DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from, LocalDateTime::from));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(pattern != null
                    ? "not a date in format " + patternText + ": '" + text + "'"
                    : "not an ISO-8601 date or timestamp (e.g. 2024-03-01 or 2024-03-01T09:30:00Z): '" + text + "'");
        }
    }

    /** The calendar day written in {@code text}; throws with a message naming the expected format. */
    public LocalDate date(String text) {
        try {
            return pattern != null ? LocalDate.parse(text, pattern) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date in format " + (patternText != null ? patternText : "yyyy-MM-dd") + ": '" + text + "'");
        }
    }

    /** Whether {@code text} reads as a timestamp (used when detecting attribute types). */
    public boolean isInstant(String text) {
        try {
            instant(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Instant toInstant(TemporalAccessor t) {
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        return ((LocalDate) t).atStartOfDay(zone).toInstant();
    }
}
