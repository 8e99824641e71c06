package dev.leadscope.rest.cli;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.EvaluateDriftUseCase;
import dev.leadscope.domain.port.in.EvaluateDriftUseCase.Result;
import dev.leadscope.rest.Application;
import dev.leadscope.rest.config.DatabaseSettings;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code leadscope evaluate-drift}: the learning loop measured end to end on simulated histories, with and without
 * drift, each in its own temporary embedded database; the table goes to stdout, progress to stderr.
 */
@Command(name = "evaluate-drift", mixinStandardHelpOptions = true,
        description = {"Simulate a history with --drift DATE and one without, import each into a temporary embedded database,",
            "train a model on what was known at the drift date, replay the monitor on each following day, then train a",
            "challenger on the weeks after the drift and review it weekly against the stale model. Prints the first",
            "alert, the daily figures and the challenger's decisions. Exit codes: 0 ok, 1 failure, 2 usage."})
public final class EvaluateDriftCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "1500", description = "Accounts to simulate (default: ${DEFAULT-VALUE})")
    int accounts;

    @Option(names = "--seed", defaultValue = "7", description = "Simulation and training seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--drift", defaultValue = "2024-07-01", description = "Drift date, a Monday in 2024 (default: ${DEFAULT-VALUE})")
    LocalDate drift;

    @Option(names = "--horizon-days", defaultValue = "30", description = "Conversion horizon of the models (default: ${DEFAULT-VALUE})")
    int horizonDays;

    @Option(names = "--days", defaultValue = "14", description = "Days after the drift the monitor replays (default: ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--challenger-weeks", defaultValue = "8", description = "Weeks after the drift the challenger is trained on (default: ${DEFAULT-VALUE})")
    int challengerWeeks;

    @Option(names = "--window-days", defaultValue = "0",
            description = "The challenger learns from the snapshots of these last days (default: 0, the weeks since the drift)")
    int windowDays;

    @Option(names = "--review-weeks", defaultValue = "10", description = "Weekly reviews of the challenger at most (default: ${DEFAULT-VALUE})")
    int reviewWeeks;

    @Option(names = "--no-baseline", description = "Skip the run without drift")
    boolean noBaseline;

    @Option(names = "--baseline-only", description = "Only the run without drift")
    boolean baselineOnly;

    @Option(names = "--no-challenger", description = "Only replay the monitor; train no challenger after the drift")
    boolean noChallenger;

    @Option(names = "--noise-factor", defaultValue = "2.0", description = "A PSI alerts above this many times its noise floor"
            + " (leadscope.monitor.noise-factor; default: ${DEFAULT-VALUE})")
    double noiseFactor;

    @Option(names = "--min-rows", defaultValue = "200", description = "Rows a monitor metric needs (leadscope.monitor.min-rows);"
            + " a challenger needs 1.5 times as many known outcomes, a tenth as many converted (default: ${DEFAULT-VALUE})")
    int minRows;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the table here (Markdown)")
    Path report;

    @Override
    public Integer call() throws IOException {
        if (minRows < 10) {
            throw new ParameterException(spec.commandLine(), "--min-rows must be at least 10: " + minRows);
        }
        if (!(noiseFactor >= 1) || noiseFactor > 10) {
            throw new ParameterException(spec.commandLine(), "--noise-factor must be between 1 and 10: " + noiseFactor);
        }
        if (accounts < 50 || accounts > 100_000) {
            throw new ParameterException(spec.commandLine(), "--accounts must be between 50 and 100000: " + accounts);
        }
        if (drift.getYear() != 2024 || drift.isAfter(LocalDate.of(2024, 9, 30)) || drift.isBefore(LocalDate.of(2024, 4, 1))) {
            throw new ParameterException(spec.commandLine(), "--drift must lie between 2024-04-01 and 2024-09-30 (the simulated year): " + drift);
        }
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("leadscope-drift");
        try {
            long started = System.nanoTime();
            Result drifted = baselineOnly ? null : run(work.resolve("drift"), true, err);
            Result steady = noBaseline ? null : run(work.resolve("steady"), false, err);
            String table = drifted == null
                    ? DriftTable.markdown("without drift", steady, null, this, (System.nanoTime() - started) / 1e9)
                    : DriftTable.markdown("with drift", drifted, steady, this, (System.nanoTime() - started) / 1e9);
            PrintWriter out = spec.commandLine().getOut();
            out.print(table);
            out.flush();
            if (report != null) {
                Files.writeString(report, table, StandardCharsets.UTF_8);
            }
            return 0;
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Result run(Path dir, boolean withDrift, PrintWriter err) {
        String name = withDrift ? "[drift] " : "[no drift] ";
        Path sim = dir.resolve("sim");
        String url = "jdbc:h2:file:" + dir.resolve("db/leadscope") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        StringWriter quiet = new StringWriter();
        PrintWriter sink = new PrintWriter(quiet, true);
        err.println(name + "simulating " + accounts + " accounts");
        err.flush();
        String[] simulate = withDrift
                ? new String[] {"simulate", "--accounts", Integer.toString(accounts), "--seed", Long.toString(seed), "--out", sim.toString(),
                    "--drift", drift.toString()}
                : new String[] {"simulate", "--accounts", Integer.toString(accounts), "--seed", Long.toString(seed), "--out", sim.toString()};
        if (Main.execute(sink, sink, simulate) != 0) {
            throw new IllegalStateException("the simulation failed: " + quiet);
        }
        err.println(name + "importing into " + dir.resolve("db"));
        err.flush();
        if (Main.execute(sink, sink, "import", "--mapping", sim.resolve("mapping.yml").toString(), "--db-url", url, "--quiet") != 0) {
            throw new IllegalStateException("the import failed: " + quiet);
        }
        java.util.Map<String, Object> properties = new java.util.HashMap<>(DatabaseSettings.forUrl(url));
        properties.put("leadscope.monitor.min-rows", minRows);
        properties.put("leadscope.monitor.noise-factor", noiseFactor);
        properties.put("leadscope.retrain.min-rows", minRows * 3 / 2);
        properties.put("leadscope.retrain.min-positives", Math.max(1, minRows / 10));
        try (ApplicationContext context = Application.context(properties)) {
            EvaluateDriftUseCase useCase = context.getBean(EvaluateDriftUseCase.class);
            return useCase.evaluate(new EvaluateDriftUseCase.Request(WorkspaceId.DEFAULT, drift, horizonDays, days, withDrift && !noChallenger,
                    challengerWeeks, windowDays, reviewWeeks, seed), message -> {
                        err.println(name + message);
                        err.flush();
                    });
        }
    }
}
