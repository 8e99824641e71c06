package dev.leadscope.ml.monitor;

import dev.leadscope.domain.monitor.HealthMetric;
import dev.leadscope.domain.monitor.HealthPoint;
import dev.leadscope.domain.monitor.MetricStatus;
import dev.leadscope.ml.evaluation.Metrics;
import dev.leadscope.ml.evaluation.ReliabilityBin;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The monitor as a pure computation of (stored histories, model, asOf): score and top-feature PSI of the leads live in
 * the last days against the leads live in the model's last training windows, PSI of the industry and channel mix of
 * the leads created in the last days against those created in the same windows (each PSI held to its
 * {@link PsiCheck noise floor}), and calibration and AUC on snapshots whose outcome matured after the model's data ended (the AUC's fall held to
 * its {@link AucDropCheck sampling error}). Only what was known at {@code asOf} is used, so a run can be
 * replayed over history. Stateless.
 */
public final class DriftMonitor {
    public static final String SCORE_PSI = "score_psi";
    public static final String FEATURE_PSI = "feature_psi";
    public static final String CALIBRATION_ERROR = "calibration_error";
    public static final String AUC_DROP = "auc_drop";
    public static final String FEATURE_PSI_SERIES = "feature_psi";
    public static final String LEAD_MIX_PSI = "lead_mix_psi";
    /** New leads a mix needs in the last window at least (four times as many in the reference windows). */
    static final int MIX_MIN_LEADS = 20;
    /** Features named so are read off the calendar (see {@link #followsTheCalendar}). */
    static final String CALENDAR_PREFIX = "fiscal.";
    /** Per way of sorting new leads: the threshold (expected) and the PSI (actual). */
    public static final String LEAD_MIX_SERIES = "lead_mix_psi";

    private final MonitorSettings settings;

    public DriftMonitor(MonitorSettings settings) {
        this.settings = settings;
    }

    /** What the run found: the metrics and the series behind them. */
    public record Findings(List<HealthMetric> metrics, List<HealthPoint> points) {
    }

    /**
     * Measures {@code model}, whose training data ended at {@code trainedUntil} and whose own evaluation AUC was
     * {@code evaluationAuc} (null when unknown), on {@code histories} as of {@code asOf}.
     */
    public Findings run(List<LeadHistory> histories, SnapshotModel model, Instant trainedUntil, Double evaluationAuc, Instant asOf) {
        List<HealthMetric> metrics = new ArrayList<>();
        List<HealthPoint> points = new ArrayList<>();
        drift(histories, model, trainedUntil, asOf, metrics, points);
        outcomes(histories, model, trainedUntil, evaluationAuc, asOf, metrics, points);
        return new Findings(metrics, points);
    }

    private void drift(List<LeadHistory> histories, SnapshotModel model, Instant trainedUntil, Instant asOf,
                       List<HealthMetric> metrics, List<HealthPoint> points) {
        Duration window = Duration.ofDays(settings.recentDays());
        // Reference windows end at the same time of the week as the current one: time-decayed activity features
        // differ between a Monday morning (after a quiet weekend) and a Thursday, which is no drift.
        Duration week = Duration.ofDays(7);
        long offset = Math.floorMod(Duration.between(trainedUntil, asOf).getSeconds(), week.getSeconds());
        Instant lastEnd = trainedUntil.minus(week).plusSeconds(offset);
        List<Instant> ends = new ArrayList<>();
        List<Example> reference = new ArrayList<>();
        List<Integer> bounds = new ArrayList<>(List.of(0));
        for (int k = 0; k < settings.referenceWindows(); k++) {
            Instant to = lastEnd.minus(window.multipliedBy(k));
            ends.add(to);
            reference.addAll(Populations.live(histories, to.minus(window), to));
            bounds.add(reference.size());
        }
        mix(histories, ends, window, asOf, metrics, points);
        List<Example> current = Populations.live(histories, asOf.minus(window), asOf);
        if (reference.size() < settings.minRows() || current.size() < settings.minRows()) {
            String why = "needs " + settings.minRows() + " live leads on each side; reference " + reference.size()
                    + ", last " + settings.recentDays() + " days " + current.size();
            metrics.add(new HealthMetric(SCORE_PSI, null, settings.psiThreshold(), MetricStatus.INSUFFICIENT_DATA, current.size(), why));
            metrics.add(new HealthMetric(FEATURE_PSI, null, settings.psiThreshold(), MetricStatus.INSUFFICIENT_DATA, current.size(), why));
            return;
        }
        int width = model.width();
        float[] xRef = model.encode(histories, reference);
        float[] xCur = model.encode(histories, current);
        List<String> names = model.featureNames();
        PsiCheck score = test(windows(calendarHeld(model, xRef, names, reference, trainedUntil), bounds),
                calendarHeld(model, xCur, names, current, trainedUntil));
        metrics.add(psiMetric(SCORE_PSI, score, current.size(), "scores of " + current.size() + " leads live in the last "
                + settings.recentDays() + " days against " + reference.size() + " live in the training windows, fiscal calendar held at "
                + day(trainedUntil)));
        double[] gain = model.trees().totalGain();
        double total = java.util.Arrays.stream(gain).sum();
        List<Integer> top = IntStream.range(0, width).boxed().filter(f -> gain[f] > 0 && !followsTheCalendar(names.get(f)))
                .sorted(Comparator.comparingDouble((Integer f) -> -gain[f])).limit(settings.topFeatures()).toList();
        PsiCheck worst = null;
        String worstName = "none";
        for (int f : top) {
            PsiCheck t = test(windows(column(xRef, width, f), bounds), column(xCur, width, f));
            points.add(new HealthPoint(FEATURE_PSI_SERIES, names.get(f), total == 0 ? 0 : gain[f] / total, t.psi(), current.size()));
            if (worst == null || t.excess() > worst.excess()) {
                worst = t;
                worstName = names.get(f);
            }
        }
        if (worst == null) {
            worst = new PsiCheck(0, 0, 0, settings.psiThreshold());
        }
        metrics.add(psiMetric(FEATURE_PSI, worst, current.size(), "the top " + top.size()
                + " features by importance (calendar features left out), nearest its threshold: " + worstName));
    }

    /**
     * Whether a feature is set by the calendar at the moment it is read ({@code fiscal.*}: where the account's fiscal
     * year stands). Such a feature shifts for every lead at once when the month turns, which no reference window of
     * the weeks before shows and which is no change in who the leads are, so it is left out of the feature PSI, and
     * the score PSI reads it at one moment for every row.
     */
    static boolean followsTheCalendar(String feature) {
        return feature.startsWith(CALENDAR_PREFIX);
    }

    /** PSI of the mix of new leads (by industry and by channel), each against its own noise floor. */
    private void mix(List<LeadHistory> histories, List<Instant> ends, Duration window, Instant asOf,
                     List<HealthMetric> metrics, List<HealthPoint> points) {
        int need = Math.max(MIX_MIN_LEADS, settings.minRows() / 10);
        PsiCheck worst = null;
        String worstName = "none";
        int count = 0;
        for (LeadMix.By by : LeadMix.By.values()) {
            List<Map<String, Integer>> windows = ends.stream().map(to -> LeadMix.of(histories, by, to.minus(window), to)).toList();
            Map<String, Integer> current = LeadMix.of(histories, by, asOf.minus(window), asOf);
            count = current.values().stream().mapToInt(Integer::intValue).sum();
            int reference = windows.stream().flatMap(w -> w.values().stream()).mapToInt(Integer::intValue).sum();
            if (count < need || reference < need * Math.min(4, windows.size())) {
                metrics.add(new HealthMetric(LEAD_MIX_PSI, null, settings.psiThreshold(), MetricStatus.INSUFFICIENT_DATA, count,
                        "needs " + need + " new leads in the last " + settings.recentDays() + " days and " + need * Math.min(4, windows.size())
                                + " in the training windows; found " + count + " and " + reference));
                return;
            }
            PsiCheck t = PsiCheck.categorical(windows, current, settings.psiThreshold(), settings.noiseFactor());
            points.add(new HealthPoint(LEAD_MIX_SERIES, by.label(), t.threshold(), t.psi(), count));
            if (worst == null || t.excess() > worst.excess()) {
                worst = t;
                worstName = by.label();
            }
        }
        metrics.add(psiMetric(LEAD_MIX_PSI, worst, count, "mix of the " + count + " leads created in the last "
                + settings.recentDays() + " days, nearest its threshold: by " + worstName));
    }

    private PsiCheck test(List<double[]> reference, double[] current) {
        return PsiCheck.numeric(reference, current, settings.psiThreshold(), settings.noiseFactor());
    }

    private static List<double[]> windows(double[] pooled, List<Integer> bounds) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k + 1 < bounds.size(); k++) {
            out.add(java.util.Arrays.copyOfRange(pooled, bounds.get(k), bounds.get(k + 1)));
        }
        return out;
    }

    private static HealthMetric psiMetric(String name, PsiCheck t, int count, String detail) {
        return new HealthMetric(name, t.psi(), t.threshold(), t.alert() ? MetricStatus.ALERT : MetricStatus.OK, count,
                String.format(Locale.ROOT, "%s (threshold max(base + sampling noise %.3f, factor x noise floor %.3f))",
                        detail, t.noise(), t.floor()));
    }

    private void outcomes(List<LeadHistory> histories, SnapshotModel model, Instant trainedUntil, Double evaluationAuc,
                          Instant asOf, List<HealthMetric> metrics, List<HealthPoint> points) {
        int h = model.horizonDays();
        Instant to = asOf.minus(Duration.ofDays(h));
        Instant from = to.minus(Duration.ofDays(7L * settings.maturedWeeks()));
        Instant unseen = trainedUntil.minus(Duration.ofDays(h));
        if (from.isBefore(unseen)) {
            from = unseen; // earlier snapshots' outcomes were known when the model was trained
        }
        List<Example> rows = to.isAfter(from) ? Populations.matured(histories, h, asOf, from.plusNanos(1000), to) : List.of();
        int positives = rows.stream().mapToInt(Example::label).sum();
        String span = to.isAfter(from) ? "snapshots " + day(from) + " to " + day(to) + " (outcomes matured by " + day(asOf) + ")"
                : "no snapshot whose outcome matured by " + day(asOf) + " after the model's data ended (" + day(trainedUntil) + ")";
        boolean enough = rows.size() >= settings.minRows() && positives >= Math.max(1, settings.minRows() / 10)
                && positives < rows.size();
        if (!enough) {
            String why = "needs " + settings.minRows() + " matured snapshots with " + Math.max(1, settings.minRows() / 10)
                    + " converted; " + span + ": " + rows.size() + " with " + positives + " converted";
            metrics.add(new HealthMetric(CALIBRATION_ERROR, null, settings.eceThreshold(), MetricStatus.INSUFFICIENT_DATA, rows.size(), why));
            metrics.add(new HealthMetric(AUC_DROP, null, settings.aucDrop(), MetricStatus.INSUFFICIENT_DATA, rows.size(), why));
            return;
        }
        float[] x = model.encode(histories, rows);
        double[] p = probabilities(model, x, rows.size());
        int[] y = rows.stream().mapToInt(Example::label).toArray();
        List<ReliabilityBin> bins = Metrics.reliability(p, y, 10);
        double ece = Metrics.expectedCalibrationError(bins);
        for (ReliabilityBin b : bins) {
            if (b.count() > 0) {
                points.add(new HealthPoint(HealthPoint.CALIBRATION, String.format(Locale.ROOT, "%.1f-%.1f", b.lower(), b.upper()),
                        b.meanPredicted(), b.observedRate(), (int) b.count()));
            }
        }
        metrics.add(new HealthMetric(CALIBRATION_ERROR, ece, settings.eceThreshold(),
                ece > settings.eceThreshold() ? MetricStatus.ALERT : MetricStatus.OK, rows.size(),
                "expected calibration error over 10 bands on " + span + ", " + positives + " converted"));
        double auc = Metrics.rocAuc(p, y);
        weekly(rows, p, y, evaluationAuc, points);
        if (evaluationAuc == null) {
            metrics.add(new HealthMetric(AUC_DROP, null, settings.aucDrop(), MetricStatus.INSUFFICIENT_DATA, rows.size(),
                    "the model has no evaluation AUC to compare with; AUC on " + span + " is " + fmt(auc)));
            return;
        }
        AucDropCheck drop = AucDropCheck.of(evaluationAuc, auc, positives, rows.size() - positives, settings.aucDrop());
        metrics.add(new HealthMetric(AUC_DROP, drop.drop(), drop.threshold(), drop.alert() ? MetricStatus.ALERT : MetricStatus.OK,
                rows.size(), "AUC " + fmt(auc) + " on " + span + " against " + fmt(evaluationAuc) + " at evaluation"
                        + String.format(Locale.ROOT, " (threshold max(base, %.3f x standard error %.3f))", AucDropCheck.Z, drop.standardError())));
    }

    private static void weekly(List<Example> rows, double[] p, int[] y, Double evaluationAuc, List<HealthPoint> points) {
        Map<Instant, List<Integer>> byWeek = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byWeek.computeIfAbsent(rows.get(i).at(), k -> new ArrayList<>()).add(i);
        }
        byWeek.forEach((week, idx) -> {
            double[] wp = idx.stream().mapToDouble(i -> p[i]).toArray();
            int[] wy = idx.stream().mapToInt(i -> y[i]).toArray();
            int pos = IntStream.of(wy).sum();
            if (pos > 0 && pos < wy.length) {
                points.add(new HealthPoint(HealthPoint.WEEKLY_AUC, day(week), evaluationAuc == null ? 0 : evaluationAuc,
                        Metrics.rocAuc(wp, wy), wy.length));
            }
        });
    }

    /**
     * The probabilities of {@code rows} with the fiscal calendar read as at {@code at} for every row: the month turning
     * moves every score of an account at once, which says nothing about who the leads are, so the score PSI compares
     * scores at one calendar phase (see {@link CalendarPhase}). The features' own PSI leaves the calendar out instead.
     */
    private static double[] calendarHeld(SnapshotModel model, float[] x, List<String> names, List<Example> rows, Instant at) {
        float[] held = x.clone();
        CalendarPhase.holdAt(held, names, rows, at);
        return probabilities(model, held, rows.size());
    }

    static double[] probabilities(SnapshotModel model, float[] x, int rows) {
        double[] margins = model.trees().margins(x, rows);
        double[] p = new double[rows];
        for (int i = 0; i < rows; i++) {
            p[i] = model.calibration().apply(margins[i]);
        }
        return p;
    }

    private static double[] column(float[] x, int width, int f) {
        double[] out = new double[x.length / width];
        for (int r = 0; r < out.length; r++) {
            out[r] = x[r * width + f];
        }
        return out;
    }

    private static String day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC).toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
