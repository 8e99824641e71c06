package dev.leadscope.rest.imports.run;

import dev.leadscope.rest.imports.mapping.FileResolver;
import dev.leadscope.rest.imports.mapping.ImportMapping;
import dev.leadscope.rest.imports.mapping.MappingParser;
import dev.leadscope.rest.imports.mapping.MappingValidator;
import dev.leadscope.rest.imports.mapping.PreparedSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports CSV files described by a mapping file: parses and checks the whole mapping against the files'
 * headers first (throwing {@link dev.leadscope.rest.imports.mapping.MappingException} before anything is
 * written), then streams every source through the domain's use cases.
 */
public final class Importer {
    private final ImportRunner runner;

    public Importer(ImportPorts ports) {
        this.runner = new ImportRunner(ports);
    }

    /** Parses and checks a mapping; {@code files} says where its {@code file:} entries are. */
    public static Plan plan(Path mappingFile, FileResolver files) throws IOException {
        ImportMapping mapping = new MappingParser(files).parse(mappingFile);
        return new Plan(mapping, new MappingValidator().prepare(mapping));
    }

    public ImportSummary run(Plan plan, RejectionSink sink, ImportProgress progress) throws IOException {
        return runner.run(plan.mapping().workspace(), plan.sources(), sink, progress);
    }

    /** A checked mapping, ready to run. */
    public record Plan(ImportMapping mapping, List<PreparedSource> sources) {
        public Plan {
            sources = List.copyOf(sources);
        }
    }
}
