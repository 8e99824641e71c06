package dev.leadscope.rest.cli;

import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.TabularModelUseCase;
import dev.leadscope.domain.port.in.TabularModelUseCase.Dataset;
import dev.leadscope.domain.port.in.TabularModelUseCase.Headline;
import dev.leadscope.domain.port.in.TabularModelUseCase.RunSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadscope train}: trains a conversion model on a labelled CSV and saves it; exit 0 ok, 1 failure,
 * 2 usage, {@value #NOT_ENOUGH_DATA} not enough converted or not-converted rows.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a conversion model on a labelled CSV and save it.",
            "The model is calibrated and saved as an immutable directory. Prints the headline metrics on the",
            "validation fold; progress goes to stderr.",
            "Exit codes: 0 ok, 1 failure, 2 usage, 4 not enough data (fewer than 40 converted or not converted)."})
public final class TrainCommand implements Callable<Integer> {
    /** Exit code when the data has too few converted or not-converted rows. */
    public static final int NOT_ENOUGH_DATA = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--model-out", required = true, paramLabel = "DIR", description = "New or empty directory for the model")
    Path modelOut;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the report here (.md or .json)")
    Path report;

    @Override
    public Integer call() {
        TabularModelUseCase models = useCase();
        PrintWriter err = spec.commandLine().getErr();
        try {
            RunSummary s = models.train(new TabularModelUseCase.TrainRequest(data.dataset(), data.seed, modelOut, report,
                    data.rules), message -> err.println("[train] " + message));
            PrintWriter out = spec.commandLine().getOut();
            out.println("model " + s.modelVersion() + " saved to " + modelOut);
            printHeadlines(out, s);
            return 0;
        } catch (InsufficientTrainingDataException e) {
            err.println("leadscope: " + e.getMessage());
            return NOT_ENOUGH_DATA;
        }
    }

    static TabularModelUseCase useCase() {
        return ServiceLoader.load(TabularModelUseCase.class).findFirst().orElseThrow(() ->
                new IllegalStateException("no model engine on the classpath (the ml-engine module is missing)"));
    }

    static void printHeadlines(PrintWriter out, RunSummary s) {
        out.printf(Locale.ROOT, "rows: %d training, %d evaluated; %d converted, %d not converted%n", s.trainingRows(),
                s.evaluationRows(), s.positives(), s.negatives());
        out.printf(Locale.ROOT, "%-52s %8s %8s %8s %8s %8s %8s%n", "model", "ROC AUC", "PR AUC", "logloss", "Brier", "ECE", "lift@10");
        for (Headline h : s.headlines()) {
            out.printf(Locale.ROOT, "%-52s %8.4f %8.4f %8.4f %8.4f %8.4f %8.2f%n", h.model(), h.rocAuc(), h.prAuc(),
                    h.logLoss(), h.brier(), h.calibrationError(), h.liftAtTop10());
        }
        for (String w : s.warnings()) {
            out.println("warning: " + w);
        }
    }

    /** The options that name a labelled CSV, shared by {@code train} and {@code evaluate}. */
    public static final class DataOptions {
        @Option(names = "--csv", required = true, paramLabel = "FILE", description = "Labelled CSV (delimiter , ; or tab)")
        Path csv;

        @Option(names = "--label", required = true, paramLabel = "COLUMN", description = "Outcome column: 1/0, yes/no or true/false")
        String label;

        @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "Column identifying a row")
        String id;

        @Option(names = "--exclude", split = ",", paramLabel = "C1,C2", description = "Columns that must not be features (leaky or identifying)")
        List<String> exclude;

        @Option(names = "--time-column", paramLabel = "COLUMN", description = "Split by time on this column instead of at random")
        String timeColumn;

        @Option(names = "--segments", split = ",", paramLabel = "C1,C2", description = "Columns to break the report down by (default: source/industry/region-like columns)")
        List<String> segments;

        @Option(names = "--missing", split = ",", paramLabel = "T1,T2", description = "Cell values meaning missing besides empty (default: Select)")
        List<String> missing;

        @Option(names = "--rules", paramLabel = "FILE", description = "Points rules (YAML) of the baseline (default: shipped rules)")
        Path rules;

        @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE})")
        long seed;

        Dataset dataset() {
            return new Dataset(csv, id, label, exclude, timeColumn, missing, segments);
        }
    }

    /** {@code leadscope evaluate}: trains on a split and prints the held-out report. */
    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Train on part of a labelled CSV and report on the rest.",
                "The split is seeded and stratified, or by time with --time-column. The report sets the model beside",
                "logistic regression and the points baseline.",
                "Exit codes: 0 ok, 1 failure, 2 usage, 4 not enough data."})
    public static final class EvaluateCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataOptions data;

        @Option(names = "--test-fraction", defaultValue = "0.2", description = "Share of rows held out (default: ${DEFAULT-VALUE})")
        double testFraction;

        @Option(names = "--report", paramLabel = "FILE", description = "Also write the report here (.md or .json)")
        Path report;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                RunSummary s = useCase().evaluate(new TabularModelUseCase.EvaluateRequest(data.dataset(), data.seed,
                        testFraction, report, data.rules), message -> err.println("[evaluate] " + message));
                PrintWriter out = spec.commandLine().getOut();
                out.println(s.reportMarkdown());
                printHeadlines(out, s);
                return 0;
            } catch (InsufficientTrainingDataException e) {
                err.println("leadscope: " + e.getMessage());
                return NOT_ENOUGH_DATA;
            }
        }
    }
}
