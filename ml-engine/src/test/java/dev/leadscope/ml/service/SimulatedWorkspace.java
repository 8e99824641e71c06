package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase;
import dev.leadscope.ml.fixtures.SimulatedStores;
import dev.leadscope.ml.simulation.BuyingSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A simulated sales history loaded into the in-memory stores the way the importer stores it, with the path of
 * the simulator's ground truth. Each size is simulated once per test JVM.
 */
final class SimulatedWorkspace {
    static final WorkspaceId WS = new WorkspaceId("simulated");
    private static final Map<String, SimulatedWorkspace> RUNS = new HashMap<>();

    final StoredData data;
    final Path truth;

    private SimulatedWorkspace(StoredData data, Path truth) {
        this.data = data;
        this.truth = truth;
    }

    static synchronized SimulatedWorkspace of(int accounts, long seed) {
        return of(accounts, seed, LocalDate.of(2024, 1, 1));
    }

    /** A history from {@code start} to the end of 2024. */
    static synchronized SimulatedWorkspace of(int accounts, long seed, LocalDate start) {
        String name = accounts + "-" + seed + (start.equals(LocalDate.of(2024, 1, 1)) ? "" : "-" + start);
        return RUNS.computeIfAbsent(name, k -> {
            try {
                Path dir = Files.createDirectories(Path.of("target", "simulated-service", k));
                new BuyingSimulator().simulate(new SimulateHistoryUseCase.Settings(accounts, seed, start,
                        LocalDate.of(2024, 12, 31), true, null, dir), SimulateHistoryUseCase.Progress.NONE);
                return load(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A history from {@code start} to the end of 2024 with {@code reps} reps (0: the default roster) whose skill acts
     * with strength {@code skillEffect}, in stores of its own (not kept: several seeds in one JVM would not fit).
     */
    static SimulatedWorkspace simulate(int accounts, long seed, LocalDate start, int reps, double skillEffect) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "simulated-service",
                    accounts + "-" + seed + "-" + start + "-reps" + reps + "-skill" + skillEffect));
            new BuyingSimulator().simulate(new SimulateHistoryUseCase.Settings(accounts, seed, start, LocalDate.of(2024, 12, 31), true,
                    null, dir, reps, skillEffect), SimulateHistoryUseCase.Progress.NONE);
            return load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same simulated history as {@link #of(int, long)} in stores of its own, for a test that stores scores or models. */
    static SimulatedWorkspace fresh(int accounts, long seed) {
        of(accounts, seed);
        return load(Path.of("target", "simulated-service", accounts + "-" + seed));
    }

    static SimulatedWorkspace load(Path dir) {
        return new SimulatedWorkspace(SimulatedStores.load(dir, WS), dir.resolve("truth").resolve("lead_probabilities.csv"));
    }
}
