package dev.leadscope.rest.imports.mapping;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A source checked against its file: the header, the delimiter and encoding in use, and attribute types resolved. */
public record PreparedSource(SourceMapping source, List<String> header, char delimiter, Charset charset) {
    public PreparedSource {
        header = List.copyOf(header);
    }

    /** Column name to its position in the header (the first one when a name repeats). */
    public Map<String, Integer> columnIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            index.put(header.get(i), i);
        }
        return index;
    }
}
