package dev.leadscope.rest.cli;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.rest.Application;
import dev.leadscope.rest.realtime.BulkRescoring;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadscope rescore}: rescores every lead of a workspace with its active model on the service's database, as
 * activating a model does in the service: scores appended, qualification and accounts recomputed, changes published.
 */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = {"Rescore every lead with the active model on the service's database (works while it runs).",
            "Scores are computed in bulk and appended to each lead's history, their reasons left to be computed when",
            "first shown (the API does it, once); leads are qualified and their accounts",
            "rescored again, and what changed is published as notifications. Leads pending rescoring are cleared.",
            "Progress goes to stderr. Exit codes: 0 ok, 1 failure (no active model, database), 2 usage."})
public final class RescoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded database lives (as for 'serve'; default ./data)")
    Path dataDir;

    @Option(names = "--workspace", defaultValue = "default", description = "The workspace to rescore (default: ${DEFAULT-VALUE})")
    String workspace;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkspaceId ws = new WorkspaceId(workspace);
        try (ApplicationContext context = Application.context(properties())) {
            if (context.getBean(ManageModelsUseCase.class).active(ws).isEmpty()) {
                err.println("leadscope: no model is active in workspace " + ws.value() + ": train and activate one first");
                return 1;
            }
            long t0 = System.nanoTime();
            BulkRescoring.Status s = context.getBean(BulkRescoring.class).run(ws);
            if ("failed".equals(s.state())) {
                err.println("leadscope: rescoring failed: " + s.error());
                return 1;
            }
            double seconds = Duration.ofNanos(System.nanoTime() - t0).toMillis() / 1000.0;
            out.printf(Locale.ROOT, "rescored %d leads of workspace %s in %.1f s (%.0f leads/s, scoring and qualification)%n",
                    s.scored(), ws.value(), seconds, s.scored() / Math.max(seconds, 0.001));
            out.flush();
            return 0;
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
