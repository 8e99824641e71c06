package dev.leadscope.rest.cli;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.HealthMetric;
import dev.leadscope.domain.monitor.HealthRun;
import dev.leadscope.domain.port.in.MonitorModelUseCase;
import dev.leadscope.rest.Application;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code leadscope monitor [--as-of DATE]}: one monitor run of the active model on the service's database. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Run the model monitor once on the service's database: score and feature drift (PSI) of the active",
            "model, calibration error and AUC on matured outcomes. The run is recorded (GET /api/v1/models/active/health)",
            "and a metric that newly passed its threshold raises a model alert. --as-of replays the monitor on the data",
            "known at an earlier date. Exit codes: 0 ok (alerts or not), 1 failure (e.g. no active model), 2 usage."})
public final class MonitorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Look at the data known at DATE (yyyy-mm-dd, UTC, or an ISO instant); default: now")
    String asOf;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded database lives (as for 'serve'; default ./data)")
    Path dataDir;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        Instant at = asOf();
        Map<String, Object> properties = new HashMap<>();
        if (dataDir != null) {
            properties.put("leadscope.data-dir", dataDir.toAbsolutePath().normalize().toString());
        }
        properties.putAll(database.properties());
        try (ApplicationContext context = Application.context(properties)) {
            HealthRun run = context.getBean(MonitorModelUseCase.class).monitor(WorkspaceId.DEFAULT, at);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "model %s as of %s: %s%n", run.model().value(), run.asOf(),
                    run.alerting().isEmpty() ? "ok" : "alert on " + String.join(", ", run.alerting()));
            out.printf(Locale.ROOT, "%-18s %10s %10s %-18s %8s  %s%n", "metric", "value", "threshold", "status", "rows", "detail");
            for (HealthMetric m : run.metrics()) {
                out.printf(Locale.ROOT, "%-18s %10s %10.4f %-18s %8d  %s%n", m.name(),
                        m.value() == null ? "-" : String.format(Locale.ROOT, "%.4f", m.value()), m.threshold(), m.status().wireName(),
                        m.count(), m.detail());
            }
            out.flush();
            return 0;
        }
    }

    private Instant asOf() {
        if (asOf == null) {
            return Instant.now();
        }
        try {
            return asOf.contains("T") ? Instant.parse(asOf) : LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--as-of must be a date (2024-09-01) or an ISO instant: '" + asOf + "'");
        }
    }
}
