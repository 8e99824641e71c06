package dev.leadscope.rest.imports.csv;

import java.nio.charset.Charset;
import java.util.Objects;

/** How a CSV file is written: field delimiter, quote character and text encoding. */
public record CsvFormat(char delimiter, char quote, Charset charset) {
    public CsvFormat {
        Objects.requireNonNull(charset, "encoding");
        if (delimiter == quote) {
            throw new IllegalArgumentException("delimiter and quote must differ: '" + delimiter + "'");
        }
        if (delimiter == '\n' || delimiter == '\r' || quote == '\n' || quote == '\r') {
            throw new IllegalArgumentException("delimiter and quote must not be line breaks");
        }
    }

    /** Parses a delimiter name or character: comma, semicolon, tab, pipe, or a single character. */
    public static char delimiter(String text) {
        return switch (text) {
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "tab", "\t", "\\t" -> '\t';
            case "pipe", "|" -> '|';
            default -> {
                if (text.length() != 1) {
                    throw new IllegalArgumentException("must be comma, semicolon, tab, pipe, auto or one character: '" + text + "'");
                }
                yield text.charAt(0);
            }
        };
    }
}
