package dev.leadscope.rest.cli;

import dev.leadscope.rest.Application;
import dev.leadscope.rest.config.DatabaseSettings;
import dev.leadscope.rest.imports.bench.ImportBenchData;
import dev.leadscope.rest.imports.bench.ImportMeter;
import dev.leadscope.rest.imports.cli.ProgressBar;
import dev.leadscope.rest.imports.cli.RemoteImport;
import dev.leadscope.rest.imports.mapping.FileResolver;
import dev.leadscope.rest.imports.mapping.MappingException;
import dev.leadscope.rest.imports.run.ImportPorts;
import dev.leadscope.rest.imports.run.ImportProgress;
import dev.leadscope.rest.imports.run.ImportSummary;
import dev.leadscope.rest.imports.run.Importer;
import dev.leadscope.rest.imports.run.ReportWriter;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Imports CSV exports described by a mapping file into the service's database, or into a running service with --url. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import CSV files described by a mapping file (see docs/import.md) into the service's database",
            "(the same configuration as 'serve'), or into a running service with --url. Rejected rows are reported",
            "by file, line and column; re-importing the same files changes nothing.",
            "Exit codes: 0 every row imported or unchanged, 3 some rows rejected (the rest imported),",
            "1 the import failed, 2 usage error or invalid mapping (nothing imported)."})
public final class ImportCommand implements Callable<Integer> {
    /** Exit code when the import finished but rejected some rows. */
    public static final int SOME_ROWS_REJECTED = 3;
    private static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--mapping", paramLabel = "FILE", description = "The mapping file (YAML)")
    Path mapping;

    @Option(names = "--dir", paramLabel = "DIR", description = "Resolve the mapping's relative file paths against DIR instead of the mapping file's folder")
    Path dir;

    @Option(names = "--report", paramLabel = "FILE", description = "Write every rejected row to FILE (.csv, or .json with the summary)")
    Path report;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded database lives (as for 'serve'; default ./data)")
    Path dataDir;

    @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:LEADSCOPE_API_KEY}",
            description = "With --url: the API key to send (an ingest or admin key; default: $LEADSCOPE_API_KEY)")
    String apiKey;

    @Option(names = "--url", paramLabel = "URL", description = "Send the import to the service running at URL (http://host:port) instead")
    URI url;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--bench-events", paramLabel = "N", description = "Benchmark: generate N events (and --bench-leads leads), import them into "
            + "a fresh embedded database (or --db-url) and print events/s")
    Integer benchEvents;

    @Option(names = "--bench-leads", paramLabel = "N", defaultValue = "10000", description = "Leads for --bench-events (default: ${DEFAULT-VALUE})")
    int benchLeads;

    @Option(names = "--bench-padding", paramLabel = "BYTES", defaultValue = "0", description = "Text of this many bytes added to every "
            + "generated event as a property, to make a large file from fewer rows (default: ${DEFAULT-VALUE})")
    int benchPadding;

    @Mixin
    UploadOptions upload = new UploadOptions();

    @Option(names = "--quiet", description = "No progress bar")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (benchEvents != null) {
            return ImportBench.run(this, out, err);
        }
        if (mapping == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--mapping=FILE'");
        }
        if (!Files.isRegularFile(mapping)) {
            throw new ParameterException(spec.commandLine(), "--mapping: file not found: " + mapping);
        }
        FileResolver files = FileResolver.relativeTo((dir != null ? dir : mapping.toAbsolutePath().getParent()).toAbsolutePath());
        try {
            return url != null ? remote(files, out, err) : local(files, databaseProperties(), out, err, false);
        } catch (MappingException e) {
            err.println("leadscope: the mapping " + mapping + " cannot be used:");
            e.problems().forEach(p -> err.println("  " + p));
            return USAGE;
        } catch (RemoteImport.RemoteImportException e) {
            err.println("leadscope: " + e.getMessage());
            return e.status() == 400 ? USAGE : 1;
        }
    }

    Map<String, Object> databaseProperties() throws java.io.IOException {
        Map<String, Object> properties = new HashMap<>();
        if (dataDir != null) {
            Path d = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(d);
            properties.put("leadscope.data-dir", d.toString());
        }
        properties.putAll(database.properties());
        return properties;
    }

    /** Imports into the database the properties select; returns the exit code. */
    int local(FileResolver files, Map<String, Object> properties, PrintWriter out, PrintWriter err, boolean measure) throws Exception {
        Importer.Plan plan = Importer.plan(mapping, files);
        try (ApplicationContext context = Application.context(properties)) {
            Importer importer = new Importer(ImportPorts.of(context));
            Path reportFile = report != null ? report : Files.createTempFile("leadscope-rejections-", ".csv");
            ImportProgress progress = new ImportProgress();
            ImportSummary summary = null;
            try (ReportWriter writer = new ReportWriter(reportFile, 20);
                 ProgressBar bar = quiet ? null : new ProgressBar(err, () -> new ProgressBar.Reading(progress.rowsRead(), progress.fraction(),
                         progress.current()))) {
                ImportMeter meter = measure ? new ImportMeter(progress) : null;
                try {
                    summary = importer.run(plan, writer, progress);
                } finally {
                    writer.finish(summary);
                    if (meter != null) {
                        meter.close();
                    }
                }
                out.print(summary.table());
                if (meter != null) {
                    out.printf("peak heap %d MB, peak RSS %d MB, max heap %d MB%n", meter.peakHeapBytes() >> 20, ImportMeter.peakRssBytes() >> 20,
                            Runtime.getRuntime().maxMemory() >> 20);
                }
                out.flush();
                if (summary.rejected() > 0) {
                    err.println("Rejected rows (first " + Math.min(20, summary.rejected()) + "):");
                    writer.first().forEach(r -> err.println("  " + r.file() + " line " + r.line() + ", column " + r.column() + ": " + r.reason()));
                    err.println(report != null ? "All rejected rows: " + report : "Run with --report FILE to keep every rejected row.");
                }
            } finally {
                if (report == null) {
                    Files.deleteIfExists(reportFile);
                }
            }
            return summary.rejected() > 0 ? SOME_ROWS_REJECTED : 0;
        }
    }

    private int remote(FileResolver files, PrintWriter out, PrintWriter err) throws Exception {
        return upload.client(url, apiKey).run(mapping, files, report, quiet, out, err, SOME_ROWS_REJECTED);
    }

    /** Generates data, imports it into a fresh embedded database (or --db-url) and prints the rate. */
    static final class ImportBench {
        private ImportBench() {
        }

        static int run(ImportCommand cmd, PrintWriter out, PrintWriter err) throws Exception {
            Path work = Files.createTempDirectory("leadscope-import-bench");
            try {
                Path mappingFile = ImportBenchData.write(work.resolve("csv"), cmd.benchEvents, cmd.benchLeads, cmd.benchPadding, 42);
                Map<String, Object> properties = cmd.databaseProperties();
                if (!cmd.database.chosen()) {
                    properties.putAll(DatabaseSettings.forUrl("jdbc:h2:file:" + work.resolve("db/leadscope")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
                }
                out.printf("Generated %,d events over %,d leads (%,d bytes) in %s%n", cmd.benchEvents, cmd.benchLeads,
                        Files.size(work.resolve("csv/events.csv")), work);
                cmd.mapping = mappingFile;
                cmd.report = null;
                int code = cmd.local(FileResolver.relativeTo(mappingFile.getParent()), properties, out, err, true);
                return code;
            } finally {
                try (var paths = Files.walk(work)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
