package dev.leadscope.rest.cli;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AuditTrailUseCase;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.in.TrainModelUseCase.TrainingResult;
import dev.leadscope.domain.port.in.TabularModelUseCase;
import dev.leadscope.domain.port.in.TabularModelUseCase.Dataset;
import dev.leadscope.domain.port.in.TabularModelUseCase.Headline;
import dev.leadscope.domain.port.in.TabularModelUseCase.RunSummary;
import dev.leadscope.rest.Application;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code leadscope train}: trains a conversion model on a labelled CSV and saves it, or without {@code --csv} on
 * the service's database and stores it there; exit 0 ok, 1 failure, 2 usage, {@value #NOT_ENOUGH_DATA} not enough
 * converted or not-converted rows.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a conversion model on a labelled CSV and save it, or, without --csv, on the service's",
            "database (its stored leads, events, notes, intent and outcomes) and store it there.",
            "The model is calibrated. Prints the headline metrics on held-out data; progress goes to stderr.",
            "--created-before DATE back-tests on the database: trains on leads created before DATE and evaluates",
            "on those created from it on.",
            "Exit codes: 0 ok, 1 failure, 2 usage, 4 not enough data (fewer than 40 converted or not converted)."})
public final class TrainCommand implements Callable<Integer> {
    /** Exit code when the data has too few converted or not-converted rows. */
    public static final int NOT_ENOUGH_DATA = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    StoredHistory stored;

    @Option(names = "--model-out", paramLabel = "DIR", description = "With --csv (required): new or empty directory for the model")
    Path modelOut;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the report here (.md or .json; database: Markdown)")
    Path report;

    @Option(names = "--activate", description = "Database: make the new model the active one once stored")
    boolean activate;

    @Override
    public Integer call() {
        if (data.csv == null) {
            data.requireNoCsvOptions(spec, modelOut != null ? "--model-out" : null);
            return stored.train(spec, data.seed, activate, report, false);
        }
        stored.requireUnused(spec, activate);
        data.requireCsvOptions(spec);
        if (modelOut == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--model-out=DIR'");
        }
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
        @Option(names = "--csv", paramLabel = "FILE", description = "Labelled CSV (delimiter , ; or tab); without it the service's database is used")
        Path csv;

        @Option(names = "--label", paramLabel = "COLUMN", description = "With --csv (required): outcome column: 1/0, yes/no or true/false")
        String label;

        @Option(names = "--id", paramLabel = "COLUMN", description = "With --csv (required): column identifying a row")
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

        void requireCsvOptions(CommandSpec spec) {
            if (label == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '--label=COLUMN'");
            }
            if (id == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '--id=COLUMN'");
            }
        }

        /** Refuses options that only mean something for a CSV when the database is used. */
        void requireNoCsvOptions(CommandSpec spec, String other) {
            String given = label != null ? "--label" : id != null ? "--id" : exclude != null ? "--exclude"
                    : timeColumn != null ? "--time-column" : segments != null ? "--segments" : missing != null ? "--missing"
                    : rules != null ? "--rules" : other;
            if (given != null) {
                throw new ParameterException(spec.commandLine(), given + " needs --csv FILE; without --csv the service's database is used");
            }
        }
    }

    /** The options that choose the service's database and what to train on it, shared by {@code train} and {@code evaluate}. */
    public static final class StoredHistory {
        @Option(names = "--data-dir", paramLabel = "DIR", description = "Database: where the embedded database lives (as for 'serve'; default ./data)")
        Path dataDir;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--created-before", paramLabel = "DATE",
                description = "Database back-test: train on leads created before DATE (yyyy-mm-dd, UTC, or an ISO instant), evaluate on the rest")
        String createdBefore;

        @Option(names = "--ground-truth", paramLabel = "FILE",
                description = "Database: true probabilities per lead and Monday (a simulation's truth/lead_probabilities.csv);"
                        + " the report sets the oracle's ROC AUC beside the model's on the same held-out snapshots")
        Path groundTruth;

        @Option(names = "--sequence-model", paramLabel = "auto|on|off",
                description = "Database: whether the model reads the LSTM over each lead's events: auto (train it on enough data,"
                        + " keep it when it beats the trees alone on validation), on (keep it), off (never train it);"
                        + " default: leadscope.training.sequence-model (auto)")
        String sequenceModel;

        @Option(names = "--horizon-days", defaultValue = "90", description = "Database: a lead counts as converted when won within this many days (default: ${DEFAULT-VALUE})")
        int horizonDays;

        void requireUnused(CommandSpec spec, boolean activate) {
            String given = dataDir != null ? "--data-dir" : createdBefore != null ? "--created-before" : activate ? "--activate"
                    : groundTruth != null ? "--ground-truth" : sequenceModel != null ? "--sequence-model" : null;
            if (given != null) {
                throw new ParameterException(spec.commandLine(), given + " works on the service's database and cannot be used with --csv");
            }
        }

        /** Trains on the database, reporting progress on stderr; prints the headline, or the whole report when asked. */
        int train(CommandSpec spec, long seed, boolean activate, Path report, boolean printReport) {
            PrintWriter err = spec.commandLine().getErr();
            Instant before = createdBefore(spec);
            if (horizonDays < 1 || horizonDays > 3650) {
                throw new ParameterException(spec.commandLine(), "--horizon-days must be between 1 and 3650: " + horizonDays);
            }
            if (groundTruth != null && !Files.isRegularFile(groundTruth)) {
                throw new ParameterException(spec.commandLine(), "--ground-truth: no such file: " + groundTruth);
            }
            TrainModelUseCase.SequenceModelChoice choice = null;
            if (sequenceModel != null) {
                try {
                    choice = TrainModelUseCase.SequenceModelChoice.parse(sequenceModel);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--sequence-model must be auto, on or off: " + sequenceModel);
                }
            }
            var command = new TrainModelUseCase.TrainCommand(WorkspaceId.DEFAULT, horizonDays, before, seed, activate,
                    groundTruth == null ? null : groundTruth.toAbsolutePath(), choice);
            String verb = printReport ? "[evaluate] " : "[train] ";
            try (ApplicationContext context = Application.context(properties())) {
                TrainingResult r = context.getBean(TrainModelUseCase.class).train(command, (message, fraction) -> {
                    err.printf(Locale.ROOT, "%s%s (%.0f%%)%n", verb, message, fraction * 100);
                    err.flush();
                });
                if (r.activated()) {
                    context.getBean(AuditTrailUseCase.class).record(Caller.commandLine(WorkspaceId.DEFAULT), AuditAction.MODEL_ACTIVATED,
                            r.model().version().value(), "trained and activated on the command line");
                }
                PrintWriter out = spec.commandLine().getOut();
                if (printReport) {
                    out.println(r.reportMarkdown());
                }
                out.printf(Locale.ROOT, "model %s stored in the database%s%n", r.model().version(),
                        r.activated() ? " and active" : " (not active; activate it with POST /api/v1/models/" + r.model().version() + "/activate)");
                out.printf(Locale.ROOT, "snapshots: %d training, %d evaluated; %d converted, %d not converted%n", r.trainingRows(),
                        r.evaluationRows(), r.positives(), r.negatives());
                r.model().metrics().forEach((k, v) -> out.printf(Locale.ROOT, "%-20s %.4f%n", k, v));
                r.warnings().forEach(w -> out.println("warning: " + w));
                out.flush();
                if (report != null) {
                    Files.writeString(report, r.reportMarkdown(), StandardCharsets.UTF_8);
                }
                return 0;
            } catch (InsufficientTrainingDataException e) {
                err.println("leadscope: " + e.getMessage());
                return NOT_ENOUGH_DATA;
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the report to " + report + ": " + e.getMessage(), e);
            }
        }

        private Instant createdBefore(CommandSpec spec) {
            if (createdBefore == null) {
                return null;
            }
            try {
                return createdBefore.contains("T") ? Instant.parse(createdBefore)
                        : LocalDate.parse(createdBefore).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--created-before must be a date (2024-09-01) or an ISO instant: '" + createdBefore + "'");
            }
        }

        private Map<String, Object> properties() {
            Map<String, Object> properties = new HashMap<>();
            if (dataDir != null) {
                Path d = dataDir.toAbsolutePath().normalize();
                properties.put("leadscope.data-dir", d.toString());
            }
            properties.putAll(database.properties());
            return properties;
        }
    }

    /** {@code leadscope evaluate}: trains on a split and prints the held-out report. */
    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Train on part of a labelled CSV and report on the rest; or, without --csv, on the service's",
                "database: train on the earlier part of its history (or on leads created before --created-before)",
                "and report on the later part. On the database the model is also stored (not activated).",
                "The CSV split is seeded and stratified, or by time with --time-column. The report sets the model",
                "beside logistic regression and the points baseline.",
                "Exit codes: 0 ok, 1 failure, 2 usage, 4 not enough data."})
    public static final class EvaluateCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataOptions data;

        @Mixin
        StoredHistory stored;

        @Option(names = "--test-fraction", defaultValue = "0.2", description = "Share of rows held out (default: ${DEFAULT-VALUE})")
        double testFraction;

        @Option(names = "--report", paramLabel = "FILE", description = "Also write the report here (.md or .json)")
        Path report;

        @Override
        public Integer call() {
            if (data.csv == null) {
                data.requireNoCsvOptions(spec, null);
                return stored.train(spec, data.seed, false, report, true);
            }
            stored.requireUnused(spec, false);
            data.requireCsvOptions(spec);
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
