package dev.leadscope.ml.service;

import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.ml.fit.BoostingParams;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Times training through the service on a simulator output directory loaded into the in-memory stores:
 * {@code TrainingBench SIM_DIR [threads]} prints each phase's time, the held-out report and the oracle comparison.
 */
final class TrainingBench {
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long t0 = System.nanoTime();
        SimulatedWorkspace sim = SimulatedWorkspace.load(dir);
        System.err.printf(Locale.ROOT, "[bench] loaded %s into memory in %.1f s%n", dir, (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        TrainModelUseCase.TrainingResult r = new ModelTrainingService(sim.data, Clock.systemUTC(), BoostingParams.DEFAULTS, threads)
                .train(new TrainModelUseCase.TrainCommand(SimulatedWorkspace.WS, 90, null, 7, false, sim.truth),
                        (m, f) -> System.err.printf(Locale.ROOT, "[train %5.1f s] %s%n", (System.nanoTime() - t1) / 1e9, m));
        System.out.println(r.reportMarkdown());
        System.out.printf(Locale.ROOT, "training through the service: %.1f s%n", (System.nanoTime() - t1) / 1e9);
    }
}
