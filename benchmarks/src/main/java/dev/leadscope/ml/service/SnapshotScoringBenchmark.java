package dev.leadscope.ml.service;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.LeadSource;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotSpec;
import dev.leadscope.ml.snapshot.SnapshotTable;
import dev.leadscope.ml.snapshot.TrainingExamples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process scoring path of the live conversion model over the in-memory histories of 5,000 leads (synthetic
 * accounts, titles, sources and 5-40 events each; the model trained on 1,500 other leads with small boosting
 * settings): each lead alone through {@link SnapshotScorer} (features, prediction and reasons, as a request scores
 * it), and all of them at once (features for every lead, then one batched prediction, with and without the
 * per-feature contributions that reasons come from, and the feature rows alone). Scores are per lead: ops/s = leads/s.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar SnapshotScoring}.
 * Lives in the scoring service's package because {@link SnapshotScorer} and {@link SnapshotTrainer} are package-private.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SnapshotScoringBenchmark {
    static final int LEADS = 5_000;
    static final WorkspaceId WS = new WorkspaceId("bench");
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    static final String[] TYPES = {"page_view", "page_view", "page_view", "email_open", "email_click", "form_submit",
        "content_download", "webinar_attended", "trial_signup", "meeting_booked"};
    static final String[] PAGES = {"pricing", "docs", "case_study", "blog", "product"};
    static final String[] TITLES = {"VP of Finance", "Head of Marketing", "Software Engineer", "CTO", "Sales Manager",
        "Chief Executive Officer", "Marketing Intern", "Director of IT", "Procurement Specialist", "Data Analyst"};
    static final String[] INDUSTRIES = {"Software", "Financial Services", "Healthcare", "Retail", "Manufacturing"};
    static final String[] CHANNELS = {"webinar", "paid_search", "organic", "referral", "event"};

    SnapshotModel model;
    List<LeadHistory> leads;
    List<TrainingExamples.Example> now;

    @Setup(Level.Trial)
    public void setUp() {
        Random r = new Random(11);
        List<LeadHistory> training = histories(r, 1_500, true);
        SnapshotFeatures features = new SnapshotFeatures(SnapshotSpec.learn(training, 40, 20));
        List<TrainingExamples.Example> examples = TrainingExamples.of(training, 90, NOW);
        BoostingParams quick = new BoostingParams(4, 0.1, 0.8, 0.8, 2.0, 1.0, 150, 20, 0.2, true);
        model = new SnapshotTrainer(quick, 2).train(features, training, examples, 90, 7L);
        leads = histories(r, LEADS, false);
        now = new ArrayList<>(LEADS);
        for (int i = 0; i < LEADS; i++) {
            now.add(new TrainingExamples.Example(i, NOW, 0));
        }
    }

    static List<LeadHistory> histories(Random r, int n, boolean withOutcomes) {
        TitlePolicy titles = new TitlePolicy();
        List<LeadHistory> out = new ArrayList<>(n);
        Account account = null;
        for (int i = 0; i < n; i++) {
            if (account == null || r.nextInt(3) == 0) {
                account = new Account(WS, new AccountId("a" + i), "Account " + i, null,
                        new Firmographics(INDUSTRIES[r.nextInt(INDUSTRIES.length)], 10 + r.nextInt(5_000), null, null, null, Set.of(),
                                null, null, "DE", "EMEA", null, null), new Technographics(Set.of("Salesforce"), Set.of()), null, null, START);
            }
            String title = TITLES[r.nextInt(TITLES.length)];
            LeadId id = new LeadId("l" + i + (withOutcomes ? "t" : "s"));
            Instant created = START.plus(Duration.ofHours(r.nextInt(24 * 200)));
            Lead lead = new Lead(WS, id, account.id(), null, null, null, title, titles.classify(title),
                    new LeadSource(CHANNELS[r.nextInt(CHANNELS.length)], "q1"), null, created, null, null);
            List<ActivityEvent> events = new ArrayList<>();
            int pricing = 0;
            Instant t = created;
            for (int e = 0, count = 5 + r.nextInt(36); e < count; e++) {
                t = t.plus(Duration.ofMinutes(30 + r.nextInt(3 * 24 * 60)));
                String type = TYPES[r.nextInt(TYPES.length)];
                String page = type.equals("page_view") ? PAGES[r.nextInt(PAGES.length)] : null;
                pricing += "pricing".equals(page) || type.equals("trial_signup") ? 1 : 0;
                events.add(new ActivityEvent(WS, new EventId(id.value() + "-" + e), id, new EventType(type), page, t, null));
            }
            List<Outcome> outcomes = new ArrayList<>();
            if (withOutcomes && t.isBefore(NOW)) {
                boolean won = r.nextDouble() < Math.min(0.9, 0.05 + 0.08 * pricing + (title.contains("VP") || title.startsWith("C") ? 0.15 : 0));
                if (won || r.nextInt(2) == 0) {
                    outcomes.add(new Outcome(WS, new OutcomeId(id.value() + "-o"), id, won ? OutcomeKind.parse("won") : OutcomeKind.parse("lost"),
                            null, null, t.plus(Duration.ofDays(1 + r.nextInt(20))), null));
                }
            }
            out.add(new LeadHistory(lead, account, events, List.of(), List.of(), outcomes, List.of()));
        }
        return out;
    }

    /** Every lead scored alone, reasons included: what a request for one lead's score does. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(LEADS)
    public double singleLeads() {
        double sum = 0;
        for (LeadHistory h : leads) {
            sum += SnapshotScorer.score(model, h, NOW).probability();
        }
        return sum;
    }

    /** All leads at once: their feature rows, then one batched prediction and calibration (no reasons). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(LEADS)
    public double[] batch() {
        float[] x = SnapshotTable.encode(model.schema(), model.features(), leads, now);
        return SnapshotTrainer.probabilities(model, x, LEADS);
    }

    /** The batch's feature rows alone (snapshot cells, then encoding), without prediction: where the batch's time goes. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(LEADS)
    public float[] batchFeaturesOnly() {
        return SnapshotTable.encode(model.schema(), model.features(), leads, now);
    }

    /** The batch with the per-feature contributions that reasons are worded from. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(LEADS)
    public float[][] batchWithContributions() {
        float[] x = SnapshotTable.encode(model.schema(), model.features(), leads, now);
        SnapshotTrainer.probabilities(model, x, LEADS);
        return model.trees().contributions(x, LEADS);
    }
}
