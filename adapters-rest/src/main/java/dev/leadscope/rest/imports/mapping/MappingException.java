package dev.leadscope.rest.imports.mapping;

import java.util.List;

/** A mapping file that cannot be used, with every problem found, each naming its YAML key. */
public class MappingException extends IllegalArgumentException {
    private final List<String> problems;

    public MappingException(List<String> problems) {
        super("invalid mapping: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public MappingException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
