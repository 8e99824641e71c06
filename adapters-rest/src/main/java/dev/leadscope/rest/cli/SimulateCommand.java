package dev.leadscope.rest.cli;

import dev.leadscope.domain.port.in.SimulateHistoryUseCase.Settings;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase.Summary;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase;
import dev.leadscope.rest.imports.mapping.FileResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes a simulated B2B sales history with ground truth as CSV files, ready for import and training. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate B2B buying and write accounts, leads, events, notes, outcomes, intent and reps as CSV,",
            "plus ground truth under <out>/truth. The same options and seed give byte-identical files."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "1000", description = "Accounts to simulate (default: ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output directory (created when missing).")
    Path out;

    @Option(names = "--start", defaultValue = "2024-01-01", description = "First day, ISO date (default: ${DEFAULT-VALUE}).")
    LocalDate start;

    @Option(names = "--end", defaultValue = "2024-12-31", description = "Last day, ISO date (default: ${DEFAULT-VALUE}).")
    LocalDate end;

    @Option(names = "--order-effects", arity = "1", defaultValue = "true",
            description = "Whether the order of events changes the buying hazard; false: only counts do (default: ${DEFAULT-VALUE}).")
    boolean orderEffects;

    @Option(names = "--drift", description = "Day from which what predicts conversion changes (default: no drift).")
    LocalDate drift;

    @Option(names = "--reps", defaultValue = "0",
            description = "Sales reps; 0: about one per 40 accounts, 3 to 200 (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--skill-effect", defaultValue = "1.0",
            description = "Power the reps' skill multipliers on winning and losing are raised to; 1 as documented, 0 no effect"
                    + " (default: ${DEFAULT-VALUE}).")
    double skillEffect;

    @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:LEADSCOPE_API_KEY}",
            description = "With --load-into: the API key to send (an ingest or admin key; default: $LEADSCOPE_API_KEY)")
    String apiKey;

    @Option(names = "--load-into", paramLabel = "URL",
            description = "Also import the files into the service running at URL (http://host:port).")
    URI loadInto;

    @Mixin
    UploadOptions upload = new UploadOptions();

    /** The import mapping for the simulator's files, written beside them as {@value #MAPPING_FILE}. */
    static final String MAPPING_RESOURCE = "simulator/mapping.yml";
    static final String MAPPING_FILE = "mapping.yml";

    @Override
    public Integer call() {
        Settings settings;
        try {
            settings = new Settings(accounts, seed, start, end, orderEffects, drift, out, reps, skillEffect);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SimulateHistoryUseCase simulator = ServiceLoader.load(SimulateHistoryUseCase.class, SimulateCommand.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no simulator on the class path (the ml-engine module is missing)"));
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Summary summary = simulator.simulate(settings, (done, total, events) -> {
            err.printf(Locale.ROOT, "simulated %d/%d accounts, %d events generated%n", done, total, events);
            err.flush();
        });
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "accounts %d, reps %d, leads %d, events %d, notes %d, outcomes %d, intent rows %d, truth rows %d%n",
                summary.accounts(), summary.reps(), summary.leads(), summary.events(), summary.notes(), summary.outcomes(),
                summary.intentSignals(), summary.truthProbabilities());
        Path mapping = writeMapping();
        o.printf(Locale.ROOT, "wrote %d files and %s to %s in %.1f s (%.0f events/s)%n", summary.files().size(), MAPPING_FILE, out,
                seconds, summary.events() / seconds);
        o.flush();
        if (loadInto == null) {
            o.printf("import them with: leadscope import --mapping %s%n", mapping);
            return 0;
        }
        try {
            return upload.client(loadInto, apiKey).run(mapping, FileResolver.relativeTo(out), null, false, o, err, ImportCommand.SOME_ROWS_REJECTED);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the files into " + loadInto + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading into " + loadInto, e);
        }
    }

    /** Copies the bundled import mapping into the output folder, so the folder imports as it is. */
    private Path writeMapping() {
        Path target = out.resolve(MAPPING_FILE);
        try (InputStream in = SimulateCommand.class.getResourceAsStream(MAPPING_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the simulator's import mapping is missing from the build: " + MAPPING_RESOURCE);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
        }
    }
}
