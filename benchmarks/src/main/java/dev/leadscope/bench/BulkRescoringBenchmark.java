package dev.leadscope.bench;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.out.ActiveModelChanges;
import dev.leadscope.domain.privacy.SensitiveAttributes;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.ml.sequence.column.SequenceTraining;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.fixtures.SimulatedStores;
import dev.leadscope.ml.service.BulkScorer;
import dev.leadscope.ml.service.ModelTrainingService;
import dev.leadscope.ml.service.StoredData;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The model part of bulk rescoring, from lead histories already loaded to calibrated scores: the path every lead
 * takes when a model is activated. Snapshot rows of {@code leads} histories held in memory are computed as values on
 * every core (each batch sharing its committees' tallies, note cues and intent) and written straight into the float
 * matrix, predicted by the tree model in batches. It does not read the stores, store scores, qualify or rescore
 * accounts: {@code scripts/bulk-rescore-bench.sh} measures that whole path. The methods:
 * <ul>
 *   <li>{@code bulkRescoring}: what bulk rescoring computes for every lead, through its own code: probability and
 *       tier, reasons not computed (they are computed where a score is shown), as the scores it stores;</li>
 *   <li>{@code probabilitiesOnly}: the calibrated probabilities alone, the same work without building the scores;</li>
 *   <li>{@code withReasons}: plus every lead's TreeSHAP contributions and worded reasons: what bulk rescoring did
 *       before its reasons were left to the read paths, and the batch cost per lead of computing them there;</li>
 *   <li>{@code featuresOnly}: the feature rows and their encoding alone, without the trees.</li>
 * </ul> The histories come from the buying simulator ({@code accounts} accounts), copied as many
 * times as it takes to reach {@code leads}; every copy has lists of its own, so a copy shares nothing with another
 * and the figure is that of as many distinct leads. The model is trained on them first. Each iteration prints leads
 * per second and the process CPU time per lead. Run: {@code java -jar benchmarks/target/benchmarks.jar BulkRescoring};
 * with {@code -p sequenceModel=on} the model reads the LSTM column (two small fold networks trained first, at most two
 * epochs), computed for every lead by the plain-Java forward pass on every core, and {@code sequenceColumnPlainJava} /
 * {@code sequenceColumnNativeBatches} time the column alone both ways (run with {@code OMP_NUM_THREADS=1}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkRescoringBenchmark {
    private static final WorkspaceId WS = new WorkspaceId("bench");

    @Param({"400"})
    int accounts;

    @Param({"50000"})
    int leads;

    /** Whether the model reads the LSTM column: off or on. */
    @Param({"off"})
    String sequenceModel;

    BulkScorer scorer;
    List<LeadHistory> histories;
    Instant at;
    long started;
    long scored;
    long cpuStarted;
    static final int CORES = Runtime.getRuntime().availableProcessors();

    @Setup(Level.Trial)
    public void train() throws Exception {
        StoredData data = SimulatedStores.simulate(accounts, 7, Files.createTempDirectory("leadscope-bulk-bench-"), WS);
        TrainModelUseCase.SequenceModelChoice choice = TrainModelUseCase.SequenceModelChoice.parse(sequenceModel);
        SequenceTraining sequence = SequenceTraining.DEFAULTS.withChoice(choice);
        sequence = new SequenceTraining(choice, sequence.minSnapshots(), sequence.keepMargin(), 4_000, 1_000,
                sequence.params().withMaxEpochs(2));
        new ModelTrainingService(data, Clock.systemUTC(), BoostingParams.DEFAULTS, Runtime.getRuntime().availableProcessors(),
                SensitiveAttributes.of(List.of()), null, ActiveModelChanges.NONE, sequence)
                .train(new TrainModelUseCase.TrainCommand(WS, 90, null, 7, true), TrainModelUseCase.Progress.NONE);
        scorer = BulkScorer.active(data, WS);
        List<LeadHistory> simulated = scorer.histories();
        histories = new ArrayList<>(leads);
        while (histories.size() < leads) {
            histories.addAll(copy(simulated));
        }
        histories = new ArrayList<>(histories.subList(0, leads));
        at = Instant.parse("2025-01-15T00:00:00Z");
        System.out.printf("%n%d simulated lead histories, repeated to %d%n", simulated.size(), histories.size());
    }

    /**
     * A copy of the simulated workspace whose lists are new objects, laid out as the bulk loader lays them out: the
     * leads of one account share their colleagues' lists and their account's intent. Scoring shares the parts of a
     * batch that come from the same lists (committee tallies, note cues, intent), so each repetition must be a
     * workspace of its own for the figure to be that of as many distinct leads.
     */
    static List<LeadHistory> copy(List<LeadHistory> simulated) {
        Map<LeadId, LeadHistory.Colleague> members = new HashMap<>();
        Map<Object, List<IntentSignal>> intent = new IdentityHashMap<>();
        for (LeadHistory h : simulated) {
            members.put(h.lead().id(), new LeadHistory.Colleague(h.lead(), new ArrayList<>(h.events()),
                    new ArrayList<>(h.outcomes()), new ArrayList<>(h.notes())));
        }
        List<LeadHistory> out = new ArrayList<>(simulated.size());
        for (LeadHistory h : simulated) {
            LeadHistory.Colleague self = members.get(h.lead().id());
            List<LeadHistory.Colleague> colleagues = h.colleagues().stream()
                    .map(c -> members.computeIfAbsent(c.lead().id(), id -> new LeadHistory.Colleague(c.lead(),
                            new ArrayList<>(c.events()), new ArrayList<>(c.outcomes()), new ArrayList<>(c.notes()))))
                    .toList();
            List<IntentSignal> signals = intent.computeIfAbsent(h.intent(), k -> LeadHistory.inOrder(new ArrayList<>(h.intent())));
            out.add(new LeadHistory(h.lead(), h.account(), self.events(), self.notes(), signals, self.outcomes(), colleagues));
        }
        return out;
    }

    @Setup(Level.Iteration)
    public void startClock() {
        started = System.nanoTime();
        cpuStarted = cpuNanos();
        scored = 0;
    }

    /**
     * Prints the wall-clock rate and the process CPU time per lead: on a busy machine the wall clock says how much of
     * the cores this process got, while the CPU time per lead (all threads, native prediction included) is what a
     * quiet machine with {@code cores} cores would turn into {@code cores / cpu seconds per lead} leads/s at best.
     */
    @TearDown(Level.Iteration)
    public void printRate() {
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMicros = (cpuNanos() - cpuStarted) / 1e3 / Math.max(1, scored);
        System.out.printf(java.util.Locale.ROOT, "  %.0f leads/s; %.1f µs CPU per lead (%d cores: at most %.0f leads/s)%n",
                scored / seconds, cpuMicros, CORES, CORES * 1e6 / cpuMicros);
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** What bulk rescoring computes for every lead before storing it: probability and tier, reasons not computed. */
    @Benchmark
    public List<LeadScore> bulkRescoring() {
        List<LeadScore> s = scorer.rescored(histories, at);
        scored += s.size();
        return s;
    }

    /** The calibrated probabilities alone. */
    @Benchmark
    public double[] probabilitiesOnly() {
        double[] p = scorer.probabilities(histories, at, false);
        scored += p.length;
        return p;
    }

    /** Feature rows and their encoding alone, without the trees: what the first half of the bulk path costs. */
    @Benchmark
    public float[] featuresOnly() {
        float[] x = scorer.features(histories, at);
        scored += histories.size();
        return x;
    }

    /** The LSTM column alone by the plain-Java forward pass on every core (what scoring uses); empty without the column. */
    @Benchmark
    public double[] sequenceColumnPlainJava() {
        double[] z = scorer.sequenceColumn(histories, at, false);
        scored += histories.size();
        return z;
    }

    /** The LSTM column alone through the network library in batches of 2,048 per fold network. */
    @Benchmark
    public double[] sequenceColumnNativeBatches() {
        double[] z = scorer.sequenceColumn(histories, at, true);
        scored += histories.size();
        return z;
    }

    /** Probabilities with every lead's reasons: bulk rescoring before they were left to the read paths. */
    @Benchmark
    public double[] withReasons() {
        double[] p = scorer.probabilities(histories, at, true);
        scored += p.length;
        return p;
    }
}
