package dev.leadscope.rest.cli;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.BenchmarkUseCase;
import dev.leadscope.domain.port.in.ExplorationReportUseCase;
import dev.leadscope.domain.report.Basis;
import dev.leadscope.domain.report.Grouping;
import dev.leadscope.domain.report.ReportWindow;
import dev.leadscope.rest.Application;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code leadscope report reps|channels|exploration}: the benchmarks and the exploration report as tables. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports on the service's database, printed as tables:",
            "  reps         conversions per rep against what the model expected of the leads they worked",
            "  channels     the same per channel, campaign or source (--by)",
            "  exploration  conversion of leads routed by score, exploration leads and held-back leads"},
        subcommands = {ReportCommand.Reps.class, ReportCommand.Channels.class, ReportCommand.Exploration.class})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing report: reps, channels or exploration");
    }

    /** The database and window options every report takes. */
    public static final class Window {
        @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded database lives (as for 'serve'; default ./data)")
        Path dataDir;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--from", paramLabel = "DATE", description = "Window start (yyyy-mm-dd UTC or an ISO instant; default: a year before --to)")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Window end, exclusive (default: now)")
        String to;

        @Option(names = "--basis", defaultValue = "blind",
                description = "Benchmarks: blind (scored as of the moment worked with the owner or source hidden from the model)"
                        + ", stored (the latest stored score before it, else scored as of then) or account (each account once,"
                        + " its first lead scored blind at its creation, won up to now and expected over that span)"
                        + " (default: ${DEFAULT-VALUE})")
        String basis;

        Basis basis(CommandSpec spec) {
            try {
                return Basis.parse(basis);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
            }
        }

        ReportWindow window(CommandSpec spec) {
            Instant end = to == null ? Instant.now() : instant(spec, "--to", to);
            Instant start = from == null ? end.minus(java.time.Duration.ofDays(365)) : instant(spec, "--from", from);
            if (!start.isBefore(end)) {
                throw new ParameterException(spec.commandLine(), "--from must be before --to");
            }
            return new ReportWindow(start, end);
        }

        ApplicationContext context() {
            Map<String, Object> properties = new HashMap<>();
            if (dataDir != null) {
                properties.put("leadscope.data-dir", dataDir.toAbsolutePath().normalize().toString());
            }
            properties.putAll(database.properties());
            return Application.context(properties);
        }

        /** Opens the service's data, lets {@code report} print to the command's output, and closes it again. */
        /** Prints the benchmark of {@code grouping} over this window on the chosen basis. */
        int benchmark(CommandSpec spec, Grouping grouping) {
            ReportWindow w = window(spec);
            Basis basis = basis(spec);
            return print(spec, (context, out) -> ReportTables.benchmark(out,
                    context.getBean(BenchmarkUseCase.class).benchmark(WorkspaceId.DEFAULT, grouping, w, basis)));
        }

        int print(CommandSpec spec, BiConsumer<ApplicationContext, PrintWriter> report) {
            try (ApplicationContext context = context()) {
                PrintWriter out = spec.commandLine().getOut();
                report.accept(context, out);
                out.flush();
                return 0;
            }
        }

        private static Instant instant(CommandSpec spec, String option, String text) {
            try {
                return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), option + " must be a date (2024-09-01) or an ISO instant: '" + text + "'");
            }
        }
    }

    /** {@code leadscope report reps}. */
    @Command(name = "reps", mixinStandardHelpOptions = true,
            description = "Per rep: leads worked, expected and actual conversions, actual/expected with its 95 %% interval, rank")
    public static final class Reps implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Window window;

        @Override
        public Integer call() {
            return window.benchmark(spec, Grouping.REP);
        }
    }

    /** {@code leadscope report channels}. */
    @Command(name = "channels", mixinStandardHelpOptions = true,
            description = "Per channel, campaign or source: the same benchmark as for reps")
    public static final class Channels implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Window window;

        @Option(names = "--by", defaultValue = "channel", description = "channel, campaign or source (default: ${DEFAULT-VALUE})")
        String by;

        @Override
        public Integer call() {
            Grouping grouping;
            try {
                grouping = Grouping.parse(by);
            } catch (IllegalArgumentException e) {
                grouping = Grouping.REP;
            }
            if (grouping == Grouping.REP) {
                throw new ParameterException(spec.commandLine(), "--by must be channel, campaign or source: '" + by + "'");
            }
            return window.benchmark(spec, grouping);
        }
    }

    /** {@code leadscope report exploration}. */
    @Command(name = "exploration", mixinStandardHelpOptions = true,
            description = "Conversion of leads routed by score, of exploration leads and of held-back leads, with 95 %% intervals")
    public static final class Exploration implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Window window;

        @Override
        public Integer call() {
            ReportWindow w = window.window(spec);
            return window.print(spec, (context, out) -> ReportTables.exploration(out,
                    context.getBean(ExplorationReportUseCase.class).report(WorkspaceId.DEFAULT, w)));
        }
    }
}
