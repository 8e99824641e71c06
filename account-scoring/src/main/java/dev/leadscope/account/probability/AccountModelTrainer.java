package dev.leadscope.account.probability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Chooses and fits the account model from account-level outcomes. With at least {@code minExamplesToLearn}
 * snapshots and {@code minPositivesToLearn} conversions it learns a logistic model over the snapshot features;
 * with fewer but at least {@code minExamplesToCalibrate} and {@code minPositivesToCalibrate} it Platt-scales the
 * combined model; otherwise it keeps the combined model as it is. Before fitting on everything, it fits on the
 * older {@code 1 - holdoutShare} of the snapshots (by time) and evaluates on the newer rest, beside the best
 * member's probability as the baseline. Thread-safe.
 */
public final class AccountModelTrainer {

    /** Thresholds and penalty; see the class comment. */
    public record Settings(int minExamplesToLearn, int minPositivesToLearn, int minExamplesToCalibrate,
                           int minPositivesToCalibrate, double l2, double holdoutShare, CombinedAccountModel combined) {
        public Settings {
            if (minExamplesToCalibrate < 2 || minExamplesToLearn < minExamplesToCalibrate) {
                throw new IllegalArgumentException("need 2 <= minExamplesToCalibrate <= minExamplesToLearn: "
                        + minExamplesToCalibrate + ", " + minExamplesToLearn);
            }
            if (minPositivesToCalibrate < 1 || minPositivesToLearn < minPositivesToCalibrate) {
                throw new IllegalArgumentException("need 1 <= minPositivesToCalibrate <= minPositivesToLearn: "
                        + minPositivesToCalibrate + ", " + minPositivesToLearn);
            }
            if (!(l2 >= 0) || !Double.isFinite(l2)) {
                throw new IllegalArgumentException("l2 must be a finite number >= 0: " + l2);
            }
            if (!(holdoutShare > 0 && holdoutShare < 1)) {
                throw new IllegalArgumentException("holdoutShare must be in (0,1): " + holdoutShare);
            }
            Objects.requireNonNull(combined, "combined");
        }

        /** Learn from 400 snapshots with 40 conversions; calibrate from 50 with 5; L2 1.0; newest quarter held out. */
        public static Settings defaults() {
            return new Settings(400, 40, 50, 5, 1.0, 0.25, CombinedAccountModel.defaults());
        }
    }

    /** An account snapshot and whether the account bought within the horizon after it. */
    public record Example(AccountSnapshot snapshot, boolean converted) {
        public Example {
            Objects.requireNonNull(snapshot, "snapshot");
        }
    }

    /**
     * The chosen model, why, and (when there were outcomes of both kinds to hold out) how it, the best member's score
     * and the uncalibrated default combination did on the same held-out snapshots.
     */
    public record Trained(AccountProbabilityModel model, String why, Evaluation holdout, Evaluation bestMemberHoldout,
                          Evaluation combinedHoldout) {
    }

    private final Settings settings;

    public AccountModelTrainer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Trained train(List<Example> examples) {
        List<Example> ordered = new ArrayList<>(examples);
        ordered.sort(Comparator.comparing(e -> e.snapshot().asOf()));
        int n = ordered.size();
        int positives = (int) ordered.stream().filter(Example::converted).count();
        String counts = String.format(Locale.ROOT, "%d snapshots, %d converted", n, positives);
        int cut = (int) Math.round(n * (1 - settings.holdoutShare()));
        List<Example> older = ordered.subList(0, cut);
        List<Example> newer = ordered.subList(cut, n);
        if (n >= settings.minExamplesToLearn() && positives >= settings.minPositivesToLearn()) {
            AccountProbabilityModel check = learn(older);
            return new Trained(learn(ordered), "learned from " + counts, evaluate(check, newer), baseline(newer, prior(older)),
                    evaluate(settings.combined(), newer));
        }
        if (n >= settings.minExamplesToCalibrate() && positives >= settings.minPositivesToCalibrate()) {
            AccountProbabilityModel check = calibrate(older);
            return new Trained(calibrate(ordered), "combined from members and coverage, calibrated on " + counts
                    + " (learning needs " + settings.minExamplesToLearn() + " and " + settings.minPositivesToLearn() + ")",
                    evaluate(check, newer), baseline(newer, settings.combined().prior()), evaluate(settings.combined(), newer));
        }
        return new Trained(settings.combined(), "combined from members and coverage; " + counts + " are too few to calibrate",
                evaluate(settings.combined(), ordered), baseline(ordered, settings.combined().prior()),
                evaluate(settings.combined(), ordered));
    }

    private AccountProbabilityModel learn(List<Example> examples) {
        double prior = prior(examples);
        double[][] x = new double[examples.size()][];
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x[i] = examples.get(i).snapshot().features(prior);
            y[i] = examples.get(i).converted() ? 1 : 0;
        }
        return new LearnedAccountModel(LogisticModel.fit(x, y, settings.l2()), prior);
    }

    private CombinedAccountModel calibrate(List<Example> examples) {
        if (examples.stream().noneMatch(Example::converted) || examples.stream().allMatch(Example::converted)) {
            return settings.combined();
        }
        double[][] x = new double[examples.size()][1];
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x[i][0] = settings.combined().logit(examples.get(i).snapshot());
            y[i] = examples.get(i).converted() ? 1 : 0;
        }
        LogisticModel platt = LogisticModel.fit(x, y, 0);
        double a = platt.weights()[0] / platt.scales()[0];
        double b = platt.intercept() - a * platt.means()[0];
        return a > 0 ? settings.combined().scaled(a, b) : settings.combined();
    }

    private static double prior(List<Example> examples) {
        double rate = examples.stream().filter(Example::converted).count() / (double) Math.max(1, examples.size());
        return Math.min(0.99, Math.max(0.001, rate));
    }

    /** How {@code model} does on {@code examples}, or null without both outcomes among them. */
    public static Evaluation evaluate(AccountProbabilityModel model, List<Example> examples) {
        return evaluate(examples, e -> model.probability(e.snapshot()));
    }

    private static Evaluation baseline(List<Example> examples, double prior) {
        return evaluate(examples, e -> e.snapshot().memberProbabilities().isEmpty() ? prior : e.snapshot().bestMember());
    }

    private static Evaluation evaluate(List<Example> examples, java.util.function.ToDoubleFunction<Example> score) {
        long positives = examples.stream().filter(Example::converted).count();
        if (positives == 0 || positives == examples.size()) {
            return null;
        }
        double[] p = new double[examples.size()];
        int[] y = new int[examples.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = score.applyAsDouble(examples.get(i));
            y[i] = examples.get(i).converted() ? 1 : 0;
        }
        return Evaluation.of(p, y);
    }
}
