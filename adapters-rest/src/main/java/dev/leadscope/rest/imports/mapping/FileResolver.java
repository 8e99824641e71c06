package dev.leadscope.rest.imports.mapping;

import java.nio.file.Path;

/** Turns a {@code file:} entry of a mapping into the file to read; for the CLI against a folder, for uploads by file name. */
@FunctionalInterface
public interface FileResolver {

    /** The path for {@code file} as written in the mapping; existence is checked by the caller. */
    Path resolve(String file);

    /** Absolute paths as given; relative ones against {@code base}. */
    static FileResolver relativeTo(Path base) {
        return file -> {
            Path p = Path.of(file);
            return p.isAbsolute() ? p : base.resolve(p).normalize();
        };
    }

    /** Every entry by its last path element in {@code folder} (where uploads were stored). */
    static FileResolver byFileName(Path folder) {
        return file -> folder.resolve(Path.of(file).getFileName().toString());
    }
}
