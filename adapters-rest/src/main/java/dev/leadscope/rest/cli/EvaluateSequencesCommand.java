package dev.leadscope.rest.cli;

import dev.leadscope.domain.port.in.EvaluateSequencesUseCase;
import dev.leadscope.domain.port.in.EvaluateSequencesUseCase.Request;
import dev.leadscope.domain.port.in.EvaluateSequencesUseCase.Result;
import dev.leadscope.domain.port.in.EvaluateSequencesUseCase.Source;
import dev.leadscope.domain.port.in.EvaluateSequencesUseCase.Unit;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code leadscope evaluate-sequences bpic|simulator --data DIR}: the sequence model's ablation on a time split
 * of an event log; the table goes to stdout, progress to stderr.
 */
@Command(name = "evaluate-sequences", mixinStandardHelpOptions = true,
        description = {"Train the LSTM over event sequences out-of-fold on a time split of an event log, blend it into "
            + "the tree model, and print the ablation table: profile only, aggregates only, both, LSTM only, blend "
            + "(ROC AUC pooled and per slice; LSTM training times). Progress goes to stderr.",
            "bpic: the BPI Challenge 2012 loan log (cases.csv, events.csv); cases scored after events 2, 5, 10, 15, 20, 25.",
            "simulator: a 'leadscope simulate' run; accounts (or leads, --unit lead) scored on Mondays against the ground truth.",
            "Exit codes: 0 ok, 1 failure, 2 usage."})
public final class EvaluateSequencesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "bpic|simulator", description = "Which kind of event log --data holds")
    String source;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder of the event log")
    Path data;

    @Option(names = "--split", paramLabel = "DATE",
            description = "First day of the test period (default: bpic 2012-01-01 by registration, simulator 2024-07-01 by scoring Monday)")
    String split;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the table here (Markdown)")
    Path report;

    @Option(names = "--hidden", defaultValue = "32", description = "LSTM units (default: ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--epochs", defaultValue = "12", description = "Most training epochs; early stopping on validation AUC (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--window", defaultValue = "100", description = "Most recent events the LSTM reads, even (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--per-account", defaultValue = "6",
            description = "Simulator: Mondays sampled per account (per lead with --unit lead) and period (default: ${DEFAULT-VALUE})")
    int perAccount;

    @Option(names = "--unit", defaultValue = "account", paramLabel = "account|lead",
            description = "Simulator: one example per account on a Monday (all leads' events in one stream), or per lead "
                + "(its own events, its account's other leads' events marked as a peer's) (default: ${DEFAULT-VALUE})")
    String unit;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        Source kind = switch (source) {
            case "bpic" -> Source.BPIC2012;
            case "simulator" -> Source.SIMULATOR;
            default -> throw new ParameterException(spec.commandLine(), "the event log must be 'bpic' or 'simulator': " + source);
        };
        if (window < 2 || window % 2 != 0) {
            throw new ParameterException(spec.commandLine(), "--window must be an even number of at least 2 (the window moves on by half its size): " + window);
        }
        Unit example = switch (unit) {
            case "account" -> Unit.ACCOUNT;
            case "lead" -> Unit.LEAD;
            default -> throw new ParameterException(spec.commandLine(), "--unit must be 'account' or 'lead': " + unit);
        };
        if (!Files.isDirectory(data)) {
            throw new ParameterException(spec.commandLine(), "--data is not a folder: " + data);
        }
        Request request;
        try {
            request = new Request(kind, data, splitInstant(kind), hidden, epochs, window, perAccount, example, seed, report);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        EvaluateSequencesUseCase useCase = ServiceLoader.load(EvaluateSequencesUseCase.class).findFirst().orElseThrow(() ->
                new IllegalStateException("no sequence engine on the classpath (the ml-engine module is missing)"));
        PrintWriter err = spec.commandLine().getErr();
        Result result = useCase.evaluate(request, message -> err.println("[evaluate-sequences] " + message));
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.table());
        out.flush();
        if (report != null) {
            err.println("[evaluate-sequences] report written to " + report);
        }
        return 0;
    }

    private Instant splitInstant(Source kind) {
        String day = split != null ? split : kind == Source.BPIC2012 ? "2012-01-01" : "2024-07-01";
        try {
            ZoneId zone = kind == Source.BPIC2012 ? ZoneId.of("Europe/Amsterdam") : ZoneOffset.UTC;
            return LocalDate.parse(day).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--split must be a date (yyyy-mm-dd): " + day);
        }
    }
}
