package dev.leadscope.ml.sequence.evaluation;

import dev.leadscope.domain.port.in.EvaluateSequencesUseCase;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.sequence.LstmParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Runs sequence ablations for the command line; found through {@link java.util.ServiceLoader}. */
public final class SequenceEvaluationService implements EvaluateSequencesUseCase {
    /** BPIC training cases are cut after each of these event counts (the reported ones and those in between). */
    static final Set<Integer> BPIC_TRAIN_PREFIXES = new TreeSet<>(java.util.List.of(2, 3, 5, 7, 10, 12, 15, 18, 20, 22, 25));

    @Override
    public Result evaluate(Request r, Consumer<String> progress) {
        long started = System.nanoTime();
        SequenceDataset data = switch (r.source()) {
            case BPIC2012 -> BpicDataset.load(r.data(), r.split().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate(), BPIC_TRAIN_PREFIXES);
            case SIMULATOR -> SimulatorDataset.load(r.data(), r.split(), r.perAccount(), r.unit(), r.seed());
        };
        progress.accept(String.format(java.util.Locale.ROOT, "read %s: %d training and %d test examples in %.1f s", r.data(),
                data.train().size(), data.test().size(), (System.nanoTime() - started) / 1e9));
        LstmParams lstm = new LstmParams(r.hidden(), r.maxEpochs(), 3, 0.01, 128, 1e-4, 0.15, true, 40, 20, r.window());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AblationResult result = new SequenceAblation(lstm, BoostingParams.DEFAULTS, 2, threads, progress).run(data, r.seed());
        String table = result.toMarkdown();
        if (r.report() != null) {
            try {
                Files.writeString(r.report(), "# Sequence model ablation\n\n" + table, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the report to " + r.report() + ": " + e.getMessage(), e);
            }
        }
        Map<String, Double> pooled = new LinkedHashMap<>();
        result.variants().forEach(v -> pooled.put(v.name(), v.pooledAuc()));
        return new Result(table, pooled);
    }
}
