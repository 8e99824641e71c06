package dev.leadscope.rest.cli;

import dev.leadscope.rest.Application;
import dev.leadscope.rest.config.DatabaseSettings;
import dev.leadscope.rest.imports.bench.ImportMeter;
import dev.leadscope.rest.imports.mapping.FileResolver;
import dev.leadscope.rest.imports.run.ImportPorts;
import dev.leadscope.rest.imports.run.ImportProgress;
import dev.leadscope.rest.imports.run.ImportSummary;
import dev.leadscope.rest.imports.run.Importer;
import dev.leadscope.rest.imports.run.SourceSummary;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Imports a folder of CSV files (the simulator's output by default) into a fresh database and reports the rate per source. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Measure CSV import: import DIR (e.g. the output of 'leadscope simulate') with its mapping into a fresh",
            "embedded database (or the database given, which should be empty), then print per source the rows, rows/s and",
            "the process CPU seconds spent, the peak heap and the peak resident set. With --reimport the same files are",
            "imported a second time, which must change nothing. Exits 1 when a re-import wrote anything."})
public final class ImportBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The folder of CSV files (e.g. from 'leadscope simulate --out DIR')")
    Path dir;

    @Option(names = "--mapping", paramLabel = "FILE", description = "The mapping (default: DIR/mapping.yml, as the simulator writes it)")
    Path mapping;

    @Option(names = "--reimport", description = "Import the same files again and check that nothing changes")
    boolean reimport;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path mappingFile = mapping != null ? mapping : dir.resolve("mapping.yml");
        Importer.Plan plan = Importer.plan(mappingFile, FileResolver.relativeTo(dir.toAbsolutePath()));
        Path work = database.chosen() ? null : Files.createTempDirectory("leadscope-import-bench");
        Map<String, Object> properties = new HashMap<>(database.properties());
        if (work != null) {
            properties.put("leadscope.data-dir", work.toString());
            properties.putAll(DatabaseSettings.forUrl("jdbc:h2:file:" + work.resolve("leadscope")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        }
        out.printf(Locale.ROOT, "importing %s into %s on %d cores%n", dir, work == null ? database.url : "a fresh embedded H2 database",
                Runtime.getRuntime().availableProcessors());
        try (ApplicationContext context = Application.context(properties)) {
            Importer importer = new Importer(ImportPorts.of(context));
            ImportSummary first = measured(importer, plan, out, "first import");
            if (!reimport) {
                return 0;
            }
            ImportSummary again = measured(importer, plan, out, "re-import");
            boolean unchanged = again.imported() == 0 && again.unchanged() == first.imported() + first.unchanged();
            out.printf(Locale.ROOT, "re-import %s: %d written, %d unchanged%n", unchanged ? "changed nothing" : "CHANGED DATA",
                    again.imported(), again.unchanged());
            return unchanged ? 0 : 1;
        } finally {
            out.flush();
            if (work != null) {
                try (Stream<Path> paths = Files.walk(work)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static ImportSummary measured(Importer importer, Importer.Plan plan, PrintWriter out, String title) throws Exception {
        ImportProgress progress = new ImportProgress();
        AtomicLong rejected = new AtomicLong();
        ImportSummary summary;
        ImportMeter meter = new ImportMeter(progress);
        try (meter) {
            summary = importer.run(plan, r -> rejected.incrementAndGet(), progress);
        }
        out.printf(Locale.ROOT, "%s%n%-28s %-8s %10s %10s %10s %8s %10s %8s %12s%n", title, "source", "kind", "rows", "written", "unchanged",
                "rejected", "rows/s", "cpu s", "cpu us/row");
        for (SourceSummary s : summary.sources()) {
            double cpu = meter.cpuSeconds(s.source());
            out.printf(Locale.ROOT, "%-28s %-8s %10d %10d %10d %8d %10.0f %8.1f %12.1f%n", s.source().length() > 28 ? s.source().substring(0, 28)
                    : s.source(), s.kind(), s.read(), s.imported(), s.unchanged(), s.rejected(), s.rowsPerSecond(), cpu,
                    s.read() == 0 ? 0 : cpu * 1e6 / s.read());
        }
        out.printf(Locale.ROOT, "total %d rows in %.1f s; peak heap %d MB, peak RSS %d MB, max heap %d MB%n", summary.read(),
                summary.millis() / 1000.0, meter.peakHeapBytes() >> 20, ImportMeter.peakRssBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return summary;
    }
}
