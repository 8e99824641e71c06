package dev.leadscope.bench;

import dev.leadscope.ml.sequence.LstmParams;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.SequenceModel;
import dev.leadscope.ml.sequence.SequenceModelTrainer;
import dev.leadscope.ml.sequence.SequenceState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sequence model's serving paths on a network trained briefly on synthetic lead histories (18 event types,
 * 8 page categories, {@code hidden} units, window 100): one incremental rescoring step (advance the lead's state
 * by a new event, then score it now), the same once the window is full (a rebuild from the kept steps), a
 * single lead from scratch in plain Java, and bulk scoring of 10,000 leads through the native library and through
 * the plain-Java pass on every core (the product's bulk path).
 * Run: {@code OMP_NUM_THREADS=1 java -jar benchmarks/target/benchmarks.jar Sequence}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SequenceScoringBenchmark {
    static final String[] TYPES = {"page_view", "email_open", "email_click", "form_submit", "content_download", "webinar_registered",
        "webinar_attended", "trial_signup", "integration_connected", "teammate_invited", "call", "meeting_booked", "chat",
        "demo", "reply", "unsubscribe", "event_visit", "ad_click"};
    static final String[] PAGES = {"blog", "product", "docs", "pricing", "case_study", "careers", "about", "security"};
    static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

    @Param({"32"})
    int hidden;

    @Param({"20"})
    int events;

    SequenceModel model;
    SequenceState state;
    SequenceState fullWindow;
    SequenceEvent next;
    Instant now;
    List<SequenceEvent> history;
    List<float[][]> bulk;

    @Setup(Level.Trial)
    public void setUp() {
        Random r = new Random(1);
        List<SequenceModelTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            List<SequenceEvent> h = history(r, 5 + r.nextInt(30));
            examples.add(new SequenceModelTrainer.Example(h, h.get(h.size() - 1).at().plusSeconds(3600), r.nextDouble() < 0.2));
        }
        LstmParams params = new LstmParams(hidden, 1, 1, 0.01, 128, 1e-4, 0.15, true, 40, 20, 100);
        model = new SequenceModelTrainer(params, m -> { }).train(examples, 7L);
        history = history(r, events);
        state = model.rebuild(history);
        List<SequenceEvent> long100 = history(r, 100);
        fullWindow = model.rebuild(long100);
        Instant latest = history.get(history.size() - 1).at();
        if (long100.get(99).at().isAfter(latest)) {
            latest = long100.get(99).at();
        }
        next = new SequenceEvent("page_view", "pricing", latest.plusSeconds(600)); // after both leads' histories
        now = next.at().plusSeconds(1);
        bulk = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            List<SequenceEvent> h = history(r, events);
            bulk.add(model.encoder().encode(h, h.get(h.size() - 1).at().plusSeconds(3600)));
        }
    }

    static List<SequenceEvent> history(Random r, int n) {
        List<SequenceEvent> h = new ArrayList<>(n);
        Instant t = START;
        for (int i = 0; i < n; i++) {
            t = t.plus(Duration.ofMinutes(1 + r.nextInt(3000)));
            String type = TYPES[r.nextInt(TYPES.length)];
            h.add(new SequenceEvent(type, type.equals("page_view") ? PAGES[r.nextInt(PAGES.length)] : null, t));
        }
        return h;
    }

    /** A new event for a lead with {@code events} events so far, then its score now: the serving path. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double incrementalRescoringStep() {
        return model.logit(model.advance(state, next), now);
    }

    /** The same for a lead whose window (100 events) is full: the state is rebuilt from the 100 kept steps. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double incrementalRescoringStepFullWindow() {
        return model.logit(model.advance(fullWindow, next), now);
    }

    /** A single lead scored from its whole history in plain Java (what a restart costs per lead). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double singleLeadFromHistory() {
        return model.logit(history, now);
    }

    /** 10,000 leads through the native library in batches of 2,048; the score is per sequence (ops/s = sequences/s). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(10_000)
    public double[] bulkScoring() {
        return model.libraryLogitsOfEncoded(bulk);
    }

    /** The same 10,000 encoded leads through the plain-Java forward pass on every core (ops/s = sequences/s). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(10_000)
    public double[] bulkScoringPlainJava() {
        return model.logitsOfEncoded(bulk);
    }
}
