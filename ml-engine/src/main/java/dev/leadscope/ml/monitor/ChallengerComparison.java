package dev.leadscope.ml.monitor;

import dev.leadscope.domain.monitor.Verdict;
import dev.leadscope.ml.evaluation.Metrics;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a challenger with the active model on the same snapshots, taken since the challenger was trained, whose
 * outcome is known at {@code asOf}; and says what to do under a {@link PromotionPolicy}. Stateless.
 */
public final class ChallengerComparison {
    private ChallengerComparison() {
    }

    /** The figures and the verdict: null while there are too few known outcomes to decide. */
    public record Outcome(Verdict verdict, Map<String, Double> figures, String reason) {
    }

    public static Outcome compare(List<LeadHistory> histories, SnapshotModel champion, SnapshotModel challenger,
                                  Instant shadowFrom, Instant asOf, PromotionPolicy policy) {
        List<Example> rows = Populations.known(histories, champion.horizonDays(), asOf, shadowFrom);
        int positives = rows.stream().mapToInt(Example::label).sum();
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("rows", (double) rows.size());
        figures.put("positives", (double) positives);
        if (rows.size() < policy.minRows() || positives < policy.minPositives() || positives == rows.size()) {
            return new Outcome(null, figures, "waiting: " + rows.size() + " snapshots with known outcomes since " + shadowFrom
                    + " (" + positives + " converted); needs " + policy.minRows() + " with " + policy.minPositives() + " converted");
        }
        int[] y = rows.stream().mapToInt(Example::label).toArray();
        double[] pChampion = DriftMonitor.probabilities(champion,
                champion.encode(histories, rows), rows.size());
        double[] pChallenger = DriftMonitor.probabilities(challenger,
                challenger.encode(histories, rows), rows.size());
        double aucChampion = Metrics.rocAuc(pChampion, y);
        double aucChallenger = Metrics.rocAuc(pChallenger, y);
        double llChampion = Metrics.logLoss(pChampion, y);
        double llChallenger = Metrics.logLoss(pChallenger, y);
        figures.put("championAuc", aucChampion);
        figures.put("challengerAuc", aucChallenger);
        figures.put("championLogLoss", llChampion);
        figures.put("challengerLogLoss", llChallenger);
        figures.put("margin", policy.margin());
        double gain = "auc".equals(policy.metric()) ? aucChallenger - aucChampion : llChampion - llChallenger;
        figures.put("gain", gain);
        String by = String.format(Locale.ROOT, "%s: challenger %.4f, active %.4f on %d snapshots (%d converted); margin %.4f",
                policy.metric(), "auc".equals(policy.metric()) ? aucChallenger : llChallenger,
                "auc".equals(policy.metric()) ? aucChampion : llChampion, rows.size(), positives, policy.margin());
        if (gain >= policy.margin()) {
            return new Outcome(Verdict.PROMOTED, figures, "beats the active model; " + by);
        }
        if (gain >= 0) {
            return new Outcome(Verdict.KEPT, figures, "not better by the margin; kept for review; " + by);
        }
        return new Outcome(Verdict.REJECTED, figures, "worse than the active model; " + by);
    }
}
