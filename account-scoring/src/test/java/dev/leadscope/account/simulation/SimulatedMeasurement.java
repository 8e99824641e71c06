package dev.leadscope.account.simulation;

import dev.leadscope.account.AccountScorer;
import dev.leadscope.account.AccountScoringSettings;
import dev.leadscope.account.probability.AccountModelTrainer;
import dev.leadscope.account.probability.AccountModelTrainer.Example;
import dev.leadscope.account.probability.AccountSnapshot;
import dev.leadscope.account.probability.CombinedAccountModel;
import dev.leadscope.account.probability.Evaluation;
import dev.leadscope.account.probability.LogisticModel;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures account scoring against a simulated history's ground truth: committee roles read from titles, stages
 * against the hidden buying state, and the account probability against the best member's probability. Run
 * {@link #main} to print the figures.
 *
 * <p>Snapshots are taken every two weeks at Monday 00:00 UTC from 5 February to 30 September 2024 (so that the 90
 * days after each are observed), for every account with at least one lead and no outcome yet. Those before July
 * train, the rest test. Member probabilities come from {@link LeadProxyModel}, a lead-level logistic model trained
 * on the training snapshots: the simulator's true member probabilities are the account's own probability (every
 * member of an account shares it), so the best member's true probability would be the oracle itself.
 */
public final class SimulatedMeasurement {
    static final Map<String, BuyingStage> STATE_TO_STAGE = Map.of("NOT_IN_MARKET", BuyingStage.AWARENESS,
            "RESEARCHING", BuyingStage.AWARENESS, "EVALUATING", BuyingStage.CONSIDERATION, "DECIDING", BuyingStage.DECISION);
    static final LocalDate FIRST = LocalDate.of(2024, 2, 5);
    static final LocalDate LAST = LocalDate.of(2024, 9, 30);
    static final LocalDate TEST_FROM = LocalDate.of(2024, 7, 1);

    /** The figures. */
    record Figures(int accounts, long leads, long events, double seconds,
                   int roleMembers, double roleAgreement,
                   int stageSnapshots, double stageAgreement, double stageMajorityBaseline, double stageBalancedAccuracy,
                   Map<BuyingStage, int[]> stageCounts,
                   int trainExamples, int testExamples, String modelWhy,
                   Evaluation learned, Evaluation bestMember, Evaluation combined, Evaluation combinedCalibrated,
                   Evaluation proxyLeads, double oracleAuc) {
    }

    static Figures measure(int accounts, long seed) {
        Path dir;
        try {
            dir = Files.createTempDirectory("leadscope-sim");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return measure(accounts, seed, dir);
        } finally {
            delete(dir);
        }
    }

    static Figures measure(int accounts, long seed, Path dir) {
        long start = System.nanoTime();
        SimulatedHistory h = SimulatedHistory.generate(accounts, seed, dir);

        int agree = 0;
        for (Map.Entry<LeadId, String> e : h.trueRoles.entrySet()) {
            agree += h.leads.get(e.getKey()).committeeRole().name().equals(e.getValue()) ? 1 : 0;
        }
        double roleAgreement = agree / (double) h.trueRoles.size();

        List<Instant> times = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusWeeks(2)) {
            times.add(d.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        Instant testFrom = TEST_FROM.atStartOfDay(ZoneOffset.UTC).toInstant();

        // The lead-level stand-in model, trained on lead snapshots before July.
        List<double[]> lx = new ArrayList<>();
        List<Integer> ly = new ArrayList<>();
        forEachOpenAccount(h, times, (account, t, members, label) -> {
            if (t.isBefore(testFrom)) {
                for (Lead m : members) {
                    lx.add(LeadProxyModel.features(m, h.events.getOrDefault(m.id(), List.of()), t));
                    ly.add(label ? 1 : 0);
                }
            }
        });
        LeadProxyModel proxy = new LeadProxyModel(LogisticModel.fit(lx.toArray(double[][]::new),
                ly.stream().mapToInt(Integer::intValue).toArray(), 1.0));

        AccountScorer scorer = new AccountScorer(AccountScoringSettings.defaults());
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        List<Double> oracle = new ArrayList<>();
        List<Integer> oracleLabels = new ArrayList<>();
        List<Double> leadP = new ArrayList<>();
        List<Integer> leadY = new ArrayList<>();
        Map<BuyingStage, int[]> stageCounts = new EnumMap<>(BuyingStage.class);
        int[] stageTotals = new int[2];
        forEachOpenAccount(h, times, (account, t, members, label) -> {
            Map<LeadId, Double> p = new HashMap<>();
            for (Lead m : members) {
                double q = proxy.probability(m, h.events.getOrDefault(m.id(), List.of()), t);
                p.put(m.id(), q);
                if (!t.isBefore(testFrom)) {
                    leadP.add(q);
                    leadY.add(label ? 1 : 0);
                }
            }
            AccountSnapshot s = scorer.snapshot(account, members, h.events, p, false, t);
            (t.isBefore(testFrom) ? train : test).add(new Example(s, label));
            String state = h.trueStates.get(account.value() + "@" + t.atZone(ZoneOffset.UTC).toLocalDate());
            BuyingStage truth = state == null ? null : STATE_TO_STAGE.get(state);
            if (truth != null) {
                int[] c = stageCounts.computeIfAbsent(truth, k -> new int[2]);
                c[0]++;
                c[1] += s.stage() == truth ? 1 : 0;
                stageTotals[0]++;
                stageTotals[1] += s.stage() == truth ? 1 : 0;
            }
            Double truthP = h.trueProbabilities.get(account.value() + "@" + t);
            if (!t.isBefore(testFrom) && truthP != null) {
                oracle.add(truthP);
                oracleLabels.add(label ? 1 : 0);
            }
        });

        AccountModelTrainer trainer = new AccountModelTrainer(AccountModelTrainer.Settings.defaults());
        AccountModelTrainer.Trained trained = trainer.train(train);
        Evaluation learned = AccountModelTrainer.evaluate(trained.model(), test);
        double[] best = test.stream().mapToDouble(e -> e.snapshot().bestMember()).toArray();
        int[] y = test.stream().mapToInt(e -> e.converted() ? 1 : 0).toArray();
        Evaluation bestMember = Evaluation.of(best, y);
        CombinedAccountModel combined = CombinedAccountModel.defaults();
        Evaluation combinedEval = AccountModelTrainer.evaluate(combined, test);
        AccountModelTrainer calibrateOnly = new AccountModelTrainer(new AccountModelTrainer.Settings(Integer.MAX_VALUE,
                Integer.MAX_VALUE, 50, 5, 1.0, 0.25, combined));
        Evaluation combinedCalibrated = AccountModelTrainer.evaluate(calibrateOnly.train(train).model(), test);
        Evaluation proxyLeads = Evaluation.of(leadP.stream().mapToDouble(Double::doubleValue).toArray(),
                leadY.stream().mapToInt(Integer::intValue).toArray());
        double oracleAuc = Evaluation.auc(oracle.stream().mapToDouble(Double::doubleValue).toArray(),
                oracleLabels.stream().mapToInt(Integer::intValue).toArray());

        int majority = stageCounts.values().stream().mapToInt(c -> c[0]).max().orElse(0);
        double balanced = stageCounts.values().stream().mapToDouble(c -> c[1] / (double) c[0]).average().orElse(0);
        return new Figures(accounts, h.summary.leads(), h.summary.events(), (System.nanoTime() - start) / 1e9,
                h.trueRoles.size(), roleAgreement,
                stageTotals[0], stageTotals[1] / (double) stageTotals[0], majority / (double) stageTotals[0], balanced, stageCounts,
                train.size(), test.size(), trained.why(), learned, bestMember, combinedEval, combinedCalibrated, proxyLeads, oracleAuc);
    }

    interface SnapshotSink {
        void accept(AccountId account, Instant t, List<Lead> members, boolean label);
    }

    /** Every open account with at least one lead at each time, with whether it won within 90 days after. */
    static void forEachOpenAccount(SimulatedHistory h, List<Instant> times, SnapshotSink sink) {
        List<AccountId> accounts = new ArrayList<>(h.leadsByAccount.keySet());
        accounts.sort(Comparator.comparing(AccountId::value));
        for (Instant t : times) {
            for (AccountId account : accounts) {
                Instant closed = h.closedAt.get(account);
                if (closed != null && !closed.isAfter(t)) {
                    continue;
                }
                List<Lead> members = h.leadsByAccount.get(account).stream().filter(l -> !l.createdAt().isAfter(t)).toList();
                if (members.isEmpty()) {
                    continue;
                }
                Instant won = h.wonAt.get(account);
                sink.accept(account, t, members, won != null && won.isAfter(t) && !won.isAfter(t.plus(Duration.ofDays(90))));
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the figures: {@code [accounts] [seed]}, by default 2500 accounts with seed 11. */
    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 2500;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 11;
        Figures f = measure(accounts, seed);
        System.out.printf(Locale.ROOT, "simulated %d accounts, %d leads, %d events; measured in %.1f s%n",
                f.accounts(), f.leads(), f.events(), f.seconds());
        System.out.printf(Locale.ROOT, "committee roles from titles agree with the truth for %.1f %% of %d members%n",
                100 * f.roleAgreement(), f.roleMembers());
        System.out.printf(Locale.ROOT, "stage agrees with the hidden state for %.1f %% of %d account snapshots "
                        + "(all-awareness baseline %.1f %%, balanced accuracy %.1f %%)%n",
                100 * f.stageAgreement(), f.stageSnapshots(), 100 * f.stageMajorityBaseline(), 100 * f.stageBalancedAccuracy());
        f.stageCounts().forEach((stage, c) -> System.out.printf(Locale.ROOT, "  %-13s %6d snapshots, %.1f %% recognised%n",
                stage, c[0], 100.0 * c[1] / c[0]));
        System.out.printf(Locale.ROOT, "account model: %s; %d training and %d test snapshots%n", f.modelWhy(),
                f.trainExamples(), f.testExamples());
        System.out.println("  learned account model   " + f.learned().summary());
        System.out.println("  best member's score     " + f.bestMember().summary());
        System.out.println("  combined (defaults)     " + f.combined().summary());
        System.out.println("  combined, calibrated    " + f.combinedCalibrated().summary());
        System.out.println("  lead-level stand-in     " + f.proxyLeads().summary() + " (lead rows)");
        System.out.printf(Locale.ROOT, "  oracle (true account probability) AUC=%.3f%n", f.oracleAuc());
        System.out.println("  calibration of the learned model on the test snapshots (count, mean predicted, observed):");
        for (Evaluation.Bin b : f.learned().calibration()) {
            System.out.printf(Locale.ROOT, "    %6d  %.3f  %.3f%n", b.count(), b.meanPredicted(), b.observed());
        }
    }
}
