package dev.leadscope.rest.cli;

import dev.leadscope.rest.cli.load.LoadBenchmark;
import dev.leadscope.rest.cli.load.LoadPlan;
import dev.leadscope.rest.cli.load.LoadReport;
import dev.leadscope.rest.cli.load.LoadSetup;
import dev.leadscope.rest.cli.load.ServiceClient;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Drives a running service with a real-time load over HTTP and reports latencies, lag and lost events against the targets. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Drive a running service at fixed rates (open loop: latency runs from each request's intended",
            "moment): new events to half of the leads and score reads to the other half. Then read the score",
            "histories back for the event → stored score lag, check every accepted event was stored, and print",
            "PASS/FAIL per target. Exits 1 when events were lost, unscored or answered with errors."})
public final class LoadBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, description = "The running service, e.g. http://localhost:8080")
    URI url;

    @Option(names = "--key", defaultValue = "${env:LEADSCOPE_API_KEY}",
            description = "API key (admin for --setup, else ingest rights and reads; default: $LEADSCOPE_API_KEY)")
    String key;

    @Option(names = "--leads", defaultValue = "10000", description = "Leads the load is spread over (default: ${DEFAULT-VALUE})")
    int leads;

    /** Leads the simulator makes per account over its default year (10,425 leads of 5,600 accounts), rounded down. */
    static final double SIMULATED_LEADS_PER_ACCOUNT = 1.8;

    @Option(names = "--accounts",
            description = "With --setup: simulated accounts to load when the service holds fewer leads than --leads "
                    + "(default: enough for --leads, about one account per 1.8 leads)")
    Integer accounts;

    @Option(names = "--event-rate", defaultValue = "1000", description = "Events per second (default: ${DEFAULT-VALUE})")
    double eventRate;

    @Option(names = "--read-rate", defaultValue = "2000", description = "Score reads per second (default: ${DEFAULT-VALUE})")
    double readRate;

    @Option(names = "--duration", defaultValue = "60s", converter = DurationConverter.class,
            description = "Measured time, e.g. 60s, 2m (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "10s", converter = DurationConverter.class,
            description = "Load before measuring (default: ${DEFAULT-VALUE})")
    Duration warmup;

    @Option(names = "--settle", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long to wait for the last rescorings before an event counts as unscored (default: ${DEFAULT-VALUE})")
    Duration settle;

    @Option(names = "--idle-timeout", defaultValue = "10m", converter = DurationConverter.class,
            description = "Before the load, wait this long at most for queued rescoring and a bulk rescoring to finish (default: ${DEFAULT-VALUE})")
    Duration idleTimeout;

    @Option(names = "--setup", description = "First load simulated history when the service holds fewer than --leads leads, "
            + "and train and activate a model when none is active")
    boolean setup;

    @Option(names = "--setup-only", description = "Do the --setup and stop, without load")
    boolean setupOnly;

    @Option(names = "--connections", defaultValue = "8",
            description = "Keep-alive connections per stream, one client thread each (default: ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--max-in-flight", defaultValue = "128",
            description = "Requests per stream sent or waiting for a connection before the sender waits (default: ${DEFAULT-VALUE})")
    int maxInFlight;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for lead choice and simulated data (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (key == null || key.isBlank()) {
            throw new ParameterException(spec.commandLine(), "Missing API key: pass --key or set LEADSCOPE_API_KEY");
        }
        if (leads < 1) {
            throw new ParameterException(spec.commandLine(), "--leads must be at least 1: " + leads);
        }
        if (accounts != null && accounts < 1) {
            throw new ParameterException(spec.commandLine(), "--accounts must be at least 1: " + accounts);
        }
        LoadPlan plan;
        try {
            plan = new LoadPlan(eventRate, readRate, duration, warmup, settle, connections, maxInFlight, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServiceClient service = new ServiceClient(url, key.trim(), HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        LoadSetup preparation = new LoadSetup(service, n -> loadSimulated(n, out, err), out);
        if (setup || setupOnly) {
            preparation.prepare(leads, accounts != null ? accounts : accountsFor(leads));
            if (setupOnly) {
                preparation.awaitIdle(idleTimeout);
                return 0;
            }
        }
        preparation.awaitIdle(idleTimeout);
        ServiceClient.Leads chosen = service.leads(leads);
        out.printf(Locale.ROOT, "service %s holds %,d leads; the load uses %,d%n", url, chosen.total(), chosen.ids().size());
        if (chosen.ids().size() < leads) {
            out.printf(Locale.ROOT, "note: fewer leads than --leads %,d: each event lead gets %.1f times the events planned per lead%n",
                    leads, leads / (double) chosen.ids().size());
        }
        List<String> ids = chosen.ids();
        LoadReport report = new LoadBenchmark(url, key.trim(), out).run(plan, ids);
        out.print(report.describe());
        out.flush();
        return report.correct() ? 0 : 1;
    }

    /** Simulated accounts that give at least {@code leads} leads. */
    static int accountsFor(int leads) {
        return (int) Math.ceil(leads / SIMULATED_LEADS_PER_ACCOUNT);
    }

    private void loadSimulated(int n, PrintWriter out, PrintWriter err) throws java.io.IOException {
        Path dir = Files.createTempDirectory("leadscope-load-sim");
        int code = Main.execute(out, err, "simulate", "--accounts", Integer.toString(n), "--seed", Long.toString(seed),
                "--out", dir.toString(), "--load-into", url.toString(), "--api-key", key.trim());
        if (code != 0) {
            throw new IllegalStateException("loading the simulated history failed (exit " + code + "); files kept in " + dir);
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Reads 500ms, 60s, 2m, 1h or an ISO-8601 duration (PT60S). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)");

        @Override
        public Duration convert(String value) {
            Matcher m = SHORT.matcher(value.trim());
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            }
            try {
                return Duration.parse(value.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a duration such as 500ms, 60s, 2m or PT1M");
            }
        }
    }
}
