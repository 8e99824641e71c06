package dev.leadscope.rest.cli;

import dev.leadscope.rest.Application;
import dev.leadscope.rest.config.DatabaseSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Starts the service in this process on a fresh database and measures event ingest over HTTP. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Measure event ingest: start the service on a free port against a fresh embedded database",
            "(or the PostgreSQL given), create the leads, post the events in batches over HTTP, and report",
            "events/s and batch latency. Exits 1 when the stored count differs from what was sent."})
public final class IngestBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "200000", description = "Events to send (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--batch", defaultValue = "1000", description = "Events per batch, at most 10000 (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--leads", defaultValue = "2000", description = "Leads the events are spread over (default: ${DEFAULT-VALUE})")
    int leads;

    @Option(names = "--in-process", description = "Drive the ingest use case directly instead of over HTTP: the engine's figure, "
            + "without HTTP and JSON")
    boolean inProcess;

    @Option(names = "--concurrency", defaultValue = "2", description = "Batches in flight at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        IngestBenchmark.Plan plan = new IngestBenchmark.Plan(events, batch, leads, concurrency, seed);
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        // the bench measures the engine, not the per-key rate limit
        properties.put("leadscope.security.rate-limit.requests-per-second", 0);
        Path tempDir = null;
        if (database.chosen()) {
            properties.putAll(database.properties());
        } else {
            tempDir = Files.createTempDirectory("leadscope-bench");
            properties.put("leadscope.data-dir", tempDir.toString());
            properties.putAll(DatabaseSettings.forUrl("jdbc:h2:file:" + tempDir.resolve("leadscope")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        }
        try (ApplicationContext context = Application.serve(properties)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            spec.commandLine().getOut().println("Service started on " + server.getURI() + " ("
                    + (database.chosen() ? database.url : "embedded H2 in " + tempDir) + ")");
            IngestBenchmark.Report report = inProcess
                    ? new DirectIngestBenchmark(context, spec.commandLine().getOut()).run(plan)
                    : new IngestBenchmark(context, server.getURI(), spec.commandLine().getOut()).run(plan);
            spec.commandLine().getOut().println(report.describe());
            if (!report.complete()) {
                spec.commandLine().getErr().println("leadscope: stored " + report.storedDelta() + " events but sent " + report.sent());
                return 1;
            }
            return 0;
        } finally {
            if (tempDir != null) {
                deleteTree(tempDir);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("leadscope: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
