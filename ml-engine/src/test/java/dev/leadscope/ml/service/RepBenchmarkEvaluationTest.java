package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.report.Basis;
import dev.leadscope.domain.report.BenchmarkReport;
import dev.leadscope.domain.report.GroupBenchmark;
import dev.leadscope.domain.report.Grouping;
import dev.leadscope.domain.report.ReportWindow;
import dev.leadscope.domain.service.BenchmarkService;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.simulation.CsvRows;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.LeadFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * An evaluation run on demand ({@code -Dbenchmark.accounts=N}): on simulated history, where every rep has a hidden
 * skill that raises their deals' chance to close, it benchmarks the reps ({@code -Dbenchmark.basis}, default account; with
 * {@code -Dbenchmark.stored=true} also the stored one) for each seed of {@code -Dbenchmark.seeds} (default 1) and
 * prints the Spearman correlation between actual / expected and the skill per seed (beside those of the plain win rate
 * and of an empirical-Bayes shrunk ratio), then each one's mean over the seeds with a 95 % t interval (figures in
 * docs/benchmarking.md). {@code -Dbenchmark.reps} and {@code -Dbenchmark.skill-effect} set the simulator's roster and
 * skill strength. The report is made at the end of the simulated history. It checks that every rep with leads is
 * benchmarked from scores of the active model; the correlation is asserted only when {@code -Dbenchmark.min-spearman}
 * is given (every seed must reach it): with 2,000 accounts, ten reps and skill effect 2 every seed of 1-10 reached 0.7
 * on the account basis, and with the simulator's default of 40 accounts per rep it stays far below.
 */
@EnabledIfSystemProperty(named = "benchmark.accounts", matches = "\\d+")
class RepBenchmarkEvaluationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    /** The report is made when the simulated history ends: wins are counted, and expected, up to then. */
    private static final Clock HISTORY_END = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 300);
    private static final LocalDate START = LocalDate.parse(System.getProperty("benchmark.start", "2024-01-01"));
    private static final int REPS = Integer.getInteger("benchmark.reps", 0);
    private static final double SKILL_EFFECT = Double.parseDouble(System.getProperty("benchmark.skill-effect", "1.0"));
    private static final List<Long> SEEDS = java.util.Arrays.stream(System.getProperty("benchmark.seeds", "1").split(","))
            .map(String::trim).map(Long::valueOf).toList();
    private static final Basis BASIS = Basis.parse(System.getProperty("benchmark.basis", "account"));
    private static final boolean STORED = Boolean.getBoolean("benchmark.stored");
    private static final String MIN_SPEARMAN = System.getProperty("benchmark.min-spearman", "");

    @Test
    void givenSimulatedReps_whenBenchmarkedOverSeveralSeeds_thenEveryRepIsCountedAndTheRankCorrelationIsPrintedWithItsInterval() {
        List<Double> rhos = new ArrayList<>();
        List<Double> winRates = new ArrayList<>();
        List<Double> shrunk = new ArrayList<>();
        for (long seed : SEEDS) {
            long started = System.nanoTime();
            SimulatedWorkspace sim = SimulatedWorkspace.simulate(ACCOUNTS, seed, START, REPS, SKILL_EFFECT);
            ModelTrainingService training = new ModelTrainingService(sim.data, CLOCK, BoostingParams.DEFAULTS, 2);
            training.train(new TrainModelUseCase.TrainCommand(SimulatedWorkspace.WS, 90, null, 7, true), TrainModelUseCase.Progress.NONE);
            StoredData data = indexed(sim.data);
            LeadScoringService scoring = new LeadScoringService(data, new LoadedModels(data.registry()), CLOCK);
            BenchmarkService benchmarks = new BenchmarkService(data.leads(), data.events(), data.outcomes(), data.scores(), scoring,
                    scoring, HISTORY_END);
            Map<String, Double> skill = new HashMap<>();
            CsvRows.forEach(sim.truth.resolveSibling("rep_skill.csv"), r -> skill.put(r.get("rep_id"), Double.valueOf(r.get("skill"))));
            double[] seedRhos = rho(benchmarks, BASIS, skill, seed);
            rhos.add(seedRhos[0]);
            winRates.add(seedRhos[1]);
            shrunk.add(seedRhos[2]);
            if (STORED) {
                rho(benchmarks, Basis.STORED, skill, seed);
            }
            System.out.printf("seed %d took %.0f s%n", seed, (System.nanoTime() - started) / 1e9);
        }
        double[] interval = RankStatistics.meanInterval(rhos);
        System.out.printf("Spearman (%s) over %d seeds %s on %d accounts from %s, reps %s, skill effect %.2f: %s; mean %.3f, 95 %% interval"
                + " [%.3f, %.3f], lowest %.3f%n", BASIS.wireName(), SEEDS.size(), SEEDS, ACCOUNTS, START, REPS == 0 ? "default" : REPS,
                SKILL_EFFECT, rounded(rhos), interval[0], interval[1], interval[2], lowest(rhos));
        summary("win rate actual / leads (accounts on the account basis), no model", winRates);
        summary("empirical-Bayes shrunk ratio", shrunk);

        assertThat(rhos).allSatisfy(r -> assertThat(r).isBetween(-1.0, 1.0));
        if (!MIN_SPEARMAN.isBlank()) {
            double min = Double.parseDouble(MIN_SPEARMAN);
            assertThat(rhos).as("Spearman of every seed %s", SEEDS).allSatisfy(r -> assertThat(r).isGreaterThanOrEqualTo(min));
        }
    }

    private static void summary(String what, List<Double> values) {
        double[] interval = RankStatistics.meanInterval(values);
        System.out.printf("  Spearman of the %s: %s; mean %.3f, 95 %% interval [%.3f, %.3f], lowest %.3f%n", what, rounded(values),
                interval[0], interval[1], interval[2], lowest(values));
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(r -> String.format(java.util.Locale.ROOT, "%.3f", r)).toList();
    }

    private static double lowest(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** The Spearman correlations with the skill of actual / expected, of actual / leads and of the shrunk ratio. */
    private static double[] rho(BenchmarkService benchmarks, Basis basis, Map<String, Double> skill, long seed) {
        BenchmarkReport report = benchmarks.benchmark(SimulatedWorkspace.WS, Grouping.REP,
                new ReportWindow(START.atStartOfDay(ZoneOffset.UTC).toInstant(), Instant.parse("2025-01-01T00:00:00Z")), basis);
        List<GroupBenchmark> reps = report.groups().stream().filter(g -> skill.containsKey(g.group()) && g.expected() > 0).toList();
        double[] skills = reps.stream().mapToDouble(g -> skill.get(g.group())).toArray();
        double rho = RankStatistics.spearman(reps.stream().mapToDouble(GroupBenchmark::ratio).toArray(), skills);
        double winRate = RankStatistics.spearman(reps.stream().mapToDouble(g -> (double) g.actual() / g.leads()).toArray(), skills);
        double[] shrunk = RankStatistics.shrunkRatios(reps.stream().mapToInt(GroupBenchmark::actual).toArray(),
                reps.stream().mapToDouble(GroupBenchmark::expected).toArray());
        double shrunkRho = RankStatistics.spearman(shrunk, skills);
        System.out.printf("rep benchmark (%s) on %d simulated accounts, seed %d: %d reps, %d leads counted (%d unscored, %d open); "
                + "Spearman(actual/expected, hidden skill) = %.3f; of actual/leads %.3f; of the shrunk ratio %.3f%n", basis.wireName(),
                ACCOUNTS, seed, reps.size(), report.counted(), report.unscored(), report.horizonOpen(), rho, winRate, shrunkRho);
        for (int i = 0; i < reps.size(); i++) {
            GroupBenchmark g = reps.get(i);
            System.out.printf("  %-10s skill %.2f  leads %4d  expected %6.1f  actual %4d  ratio %.2f [%.2f, %.2f]  shrunk %.2f%n",
                    g.group(), skills[i], g.leads(), g.expected(), g.actual(), g.ratio(), g.ratioLow(), g.ratioHigh(), shrunk[i]);
        }
        assertThat(reps).hasSizeGreaterThanOrEqualTo(5);
        assertThat(report.unscored()).isZero();
        assertThat(report.groups().stream().mapToInt(GroupBenchmark::leads).sum()).isEqualTo(report.counted());
        return new double[] {rho, winRate, shrunkRho};
    }

    /** The same stores with events indexed by lead: the in-memory fake scans every event per lead. */
    private static StoredData indexed(StoredData d) {
        List<LeadId> ids = d.leads().list(SimulatedWorkspace.WS, LeadFilter.ALL, new PageRequest(0, PageRequest.MAX_LIMIT)).items()
                .stream().map(Lead::id).toList();
        List<LeadId> all = new ArrayList<>(ids);
        for (int offset = ids.size(); ; ) {
            List<Lead> page = d.leads().list(SimulatedWorkspace.WS, LeadFilter.ALL, new PageRequest(offset, PageRequest.MAX_LIMIT)).items();
            if (page.isEmpty()) {
                break;
            }
            page.forEach(l -> all.add(l.id()));
            offset += page.size();
        }
        Map<LeadId, List<ActivityEvent>> byLead = d.events().forLeads(SimulatedWorkspace.WS, all);
        ActivityEvents events = new ActivityEvents() {
            @Override
            public Set<EventId> appendAbsent(List<ActivityEvent> added) {
                throw new UnsupportedOperationException("a read-only index");
            }

            @Override
            public Set<EventId> appendAbsentMarkingPending(List<ActivityEvent> added, Instant at) {
                throw new UnsupportedOperationException("a read-only index");
            }

            @Override
            public Map<EventId, String> fingerprints(WorkspaceId workspace, Collection<EventId> ids) {
                return d.events().fingerprints(workspace, ids);
            }

            @Override
            public List<ActivityEvent> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit) {
                return byLead.getOrDefault(lead, List.of()).stream()
                        .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)).limit(limit).toList();
            }

            @Override
            public long count(WorkspaceId workspace) {
                return d.events().count(workspace);
            }
        };
        return new StoredData(d.leads(), d.accounts(), events, d.notes(), d.outcomes(), d.intent(), d.scores(), d.registry());
    }
}
