package dev.leadscope.rest.imports.run;

/** One row that was not imported: which source and file, the line it starts on, the column at fault, the text and why. */
public record Rejection(String source, String file, long line, String column, String value, String reason) {
}
