package dev.leadscope.rest.cli;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AuditTrailUseCase;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase.Result;
import dev.leadscope.rest.Application;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * {@code leadscope train-accounts}: trains the account model on the service's database and stores it there; exit
 * 0 ok, 1 failure, 2 usage, {@value TrainCommand#NOT_ENOUGH_DATA} not enough account-level outcomes.
 */
@Command(name = "train-accounts", mixinStandardHelpOptions = true,
        description = {"Train the account model on the service's database and store it there.",
            "Account snapshots are taken every --cadence-days from the stored history, each with the committee, stage,",
            "surge, activity and the members' scores known at that time, and labelled by whether the account won",
            "within --horizon-days. With 400 snapshots and 40 converted it learns a model; with fewer (at least 50",
            "and 5) it calibrates the combination of the members' scores. Prints the held-out metrics beside the",
            "best member's score and the default combination; progress goes to stderr.",
            "Exit codes: 0 ok, 1 failure, 2 usage, 4 not enough data."})
public final class TrainAccountsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded database lives (as for 'serve'; default ./data)")
    Path dataDir;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--horizon-days", defaultValue = "90", description = "An account counts as converted when it wins within this many days of a snapshot (default: ${DEFAULT-VALUE})")
    int horizonDays;

    @Option(names = "--cadence-days", defaultValue = "14", description = "Days between two snapshots of an account (default: ${DEFAULT-VALUE})")
    int cadenceDays;

    @Option(names = "--activate", description = "Make the new model the active account model once stored")
    boolean activate;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the evaluation report (Markdown) here")
    Path report;

    @Option(names = "--recompute-member-scores", description = {"Score members without a stored score from before a snapshot as of",
        "that moment with the active lead model (slower; needs an active lead model, whose scores are optimistic",
        "on the history it was trained on)"})
    boolean recompute;

    @Override
    public Integer call() {
        TrainAccountModelUseCase.Command command;
        try {
            command = new TrainAccountModelUseCase.Command(WorkspaceId.DEFAULT, horizonDays, cadenceDays, activate, recompute);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage().replace("horizonDays", "horizon-days")
                    .replace("cadenceDays", "cadence-days"));
        }
        PrintWriter err = spec.commandLine().getErr();
        try (ApplicationContext context = Application.context(properties())) {
            Result r = context.getBean(TrainAccountModelUseCase.class).train(command, (message, fraction) -> {
                err.printf(Locale.ROOT, "[train-accounts] %s (%.0f%%)%n", message, fraction * 100);
                err.flush();
            });
            if (r.activated()) {
                context.getBean(AuditTrailUseCase.class).record(Caller.commandLine(WorkspaceId.DEFAULT), AuditAction.MODEL_ACTIVATED,
                        "account:" + r.model().version().value(), "account model trained and activated on the command line");
            }
            print(spec.commandLine().getOut(), r);
            if (report != null) {
                Files.writeString(report, r.report(), StandardCharsets.UTF_8);
            }
            return 0;
        } catch (InsufficientTrainingDataException e) {
            err.println("leadscope: " + e.getMessage());
            return TrainCommand.NOT_ENOUGH_DATA;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + report + ": " + e.getMessage(), e);
        }
    }

    private static void print(PrintWriter out, Result r) {
        String version = r.model().version().value();
        out.printf(Locale.ROOT, "account model %s (%s) stored in the database%s%n", version, r.method(), r.activated() ? " and active"
                : " (not active; activate it with POST /api/v1/account-models/" + version + "/activate)");
        out.println(r.why());
        out.printf(Locale.ROOT, "snapshots: %d, converted within the horizon: %d, with a member scored before them: %s%n",
                r.snapshots(), r.converted(), r.model().provenance().getOrDefault("snapshots_with_member_scores", "?"));
        Map<String, Double> m = r.metrics();
        if (!m.containsKey("auc")) {
            out.println("no held-out evaluation: the newest snapshots do not hold both outcomes");
        } else {
            out.printf(Locale.ROOT, "held out: %.0f snapshots, %.0f converted%n", m.get("holdout_snapshots"), m.get("holdout_converted"));
            out.printf(Locale.ROOT, "%-28s %8s %8s %8s %8s%n", "score", "ROC AUC", "Brier", "logloss", "ECE");
            row(out, "this model (" + r.method() + ")", m, "");
            row(out, "best member's score", m, "best_member_");
            row(out, "combined, defaults", m, "combined_");
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, Map<String, Double> m, String prefix) {
        if (m.containsKey(prefix + "auc")) {
            out.printf(Locale.ROOT, "%-28s %8.4f %8.4f %8.4f %8.4f%n", name, m.get(prefix + "auc"), m.get(prefix + "brier"),
                    m.get(prefix + "log_loss"), m.get(prefix + "ece"));
        }
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        if (dataDir != null) {
            properties.put("leadscope.data-dir", dataDir.toAbsolutePath().normalize().toString());
        }
        properties.putAll(database.properties());
        return properties;
    }
}
