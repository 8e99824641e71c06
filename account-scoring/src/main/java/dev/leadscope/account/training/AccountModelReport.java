package dev.leadscope.account.training;

import dev.leadscope.account.probability.AccountModelTrainer.Trained;
import dev.leadscope.account.probability.Evaluation;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase.Command;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.Locale;

/** The Markdown evaluation report stored with an account model. */
final class AccountModelReport {
    private AccountModelReport() {
    }

    static String markdown(ModelVersion version, String method, Trained t, int snapshots, int converted, int withMemberScores,
                           Command command) {
        StringBuilder md = new StringBuilder();
        md.append("# Account model ").append(version).append("\n\n");
        md.append(String.format(Locale.ROOT, "Method: **%s** (%s).%n%n", method, t.why()));
        md.append(String.format(Locale.ROOT, "%d account snapshots every %d days, %d converted within %d days.%n%n",
                snapshots, command.cadenceDays(), converted, command.horizonDays()));
        md.append(String.format(Locale.ROOT, "%d of them had a member score from before the snapshot%s.%n%n",
                withMemberScores, withMemberScores == 0
                ? "; so the members' scores carry nothing here and the best member's score is the prior for every snapshot" : ""));
        if (t.holdout() == null) {
            md.append("No held-out evaluation: the newest snapshots do not hold both outcomes.\n");
            return md.toString();
        }
        md.append("Held out: the newest snapshots, scored by a model fitted on the older ones.\n\n");
        md.append("| score | snapshots | converted | ROC AUC | Brier | log loss | calibration error |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        row(md, "this model (" + method + ")", t.holdout());
        row(md, "best member's score", t.bestMemberHoldout());
        row(md, "combined, defaults", t.combinedHoldout());
        md.append("\nCalibration (ten equal-count bins):\n\n| bin | snapshots | mean predicted | observed |\n|---|---|---|---|\n");
        for (int i = 0; i < t.holdout().calibration().size(); i++) {
            Evaluation.Bin b = t.holdout().calibration().get(i);
            md.append(String.format(Locale.ROOT, "| %d | %d | %.4f | %.4f |%n", i + 1, b.count(), b.meanPredicted(), b.observed()));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Evaluation e) {
        if (e == null) {
            md.append("| ").append(name).append(" | | | | | | |\n");
            return;
        }
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.4f | %.4f | %.4f | %.4f |%n", name, e.examples(), e.positives(),
                e.auc(), e.brier(), e.logLoss(), e.calibrationError()));
    }
}
