package dev.leadscope.ml.simulation;

import dev.leadscope.domain.port.in.SimulateHistoryUseCase.Settings;
import dev.leadscope.domain.port.in.SimulateHistoryUseCase.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Measures simulator throughput: {@code java ... SimulatorBench [accounts] [outputDir]} runs one year and
 * prints events per second to standard output.
 */
public final class SimulatorBench {
    private SimulatorBench() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("leadscope-bench-");
        Settings settings = new Settings(accounts, 42L, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), true,
                null, out);
        long started = System.nanoTime();
        Summary summary = new BuyingSimulator().simulate(settings, (done, total, events) -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("accounts=%d leads=%d events=%d notes=%d outcomes=%d truth_rows=%d in %.1f s: %.0f events/s -> %s%n",
                summary.accounts(), summary.leads(), summary.events(), summary.notes(), summary.outcomes(),
                summary.truthProbabilities(), seconds, summary.events() / seconds, out);
    }
}
