package dev.leadscope.ml.simulation;

import dev.leadscope.domain.port.in.SimulateHistoryUseCase.Progress;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase.Settings;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Simulated runs shared by the tests of one JVM, each written once under target/. */
final class SimulatedRuns {
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate END = LocalDate.of(2024, 12, 31);
    private static final Map<String, Run> RUNS = new HashMap<>();

    /** A finished run: its settings and summary. */
    record Run(Settings settings, Summary summary) {
        Path file(String name) {
            return settings.outputDir().resolve(name);
        }

        List<CsvRows.Row> rows(String name) {
            List<CsvRows.Row> rows = new ArrayList<>();
            CsvRows.forEach(file(name), rows::add);
            return rows;
        }
    }

    private SimulatedRuns() {
    }

    static synchronized Run get(String name, int accounts, long seed, boolean orderEffects, LocalDate drift) {
        return RUNS.computeIfAbsent(name, key -> {
            try {
                Path dir = Files.createDirectories(Path.of("target", "simulated", key));
                Settings settings = new Settings(accounts, seed, START, END, orderEffects, drift, dir);
                return new Run(settings, new BuyingSimulator().simulate(settings, Progress.NONE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A small run with order effects and no drift. */
    static Run small() {
        return get("small", 300, 7L, true, null);
    }

    /** A run big enough for rates to be compared. */
    static Run large(boolean orderEffects) {
        return get(orderEffects ? "large-ordered" : "large-unordered", 2500, 11L, orderEffects, null);
    }

    static Run drifted() {
        return get("drifted", 2500, 11L, true, LocalDate.of(2024, 5, 1));
    }
}
