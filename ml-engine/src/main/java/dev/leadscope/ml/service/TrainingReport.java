package dev.leadscope.ml.service;

import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.ml.registry.SnapshotModel;
import java.util.List;
import java.util.Locale;

/** The Markdown report stored with a model trained on the service's own data. */
final class TrainingReport {
    private TrainingReport() {
    }

    static String markdown(ModelInfo info, String split, int trainRows, int testRows, int testPositives,
                           HeldOutEvaluation.Result evaluation, List<String> warnings, SnapshotModel model) {
        StringBuilder b = new StringBuilder();
        b.append("# Model ").append(info.version()).append("\n\n");
        b.append("Trained ").append(info.createdAt()).append(" on weekly point-in-time lead snapshots; label: won within ")
                .append(model.horizonDays()).append(" days.\n\n");
        b.append("## Evaluation\n\n").append(split).append(".\n\n");
        b.append("| | value |\n|---|---|\n");
        row(b, "training snapshots (evaluation model)", trainRows);
        row(b, "held-out snapshots", testRows);
        row(b, "held-out converted", testPositives);
        if (evaluation != null) {
            b.append("\n| model | ROC AUC | PR AUC | log loss | Brier | ECE |\n|---|---:|---:|---:|---:|---:|\n");
            quality(b, "gradient-boosted trees (calibrated)", evaluation.model());
            if (evaluation.logistic() != null) {
                quality(b, "logistic regression (L2, same features)", evaluation.logistic());
            }
            if (evaluation.oracle() != null) {
                var o = evaluation.oracle();
                b.append("\n### Against the ground truth\n\n");
                b.append("On the ").append(o.matched()).append(" of ").append(o.heldOut())
                        .append(" held-out snapshots the ground truth has a probability for, with the same labels:\n\n");
                b.append("| | value |\n|---|---|\n");
                row(b, "model ROC AUC", o.modelAuc());
                row(b, "oracle ROC AUC (true probabilities)", o.oracleAuc());
                row(b, "gap (oracle - model)", o.gap());
                row(b, "snapshots the truth file labels", o.labelled());
                row(b, "of those, labelled differently", o.labelsDiffer());
            }
        }
        b.append("\n## Model\n\n");
        b.append("- features: ").append(model.schema().width()).append(" from ")
                .append(model.schema().columns().size()).append(" snapshot columns")
                .append(model.sequence() == null ? "" : ", and the LSTM column").append('\n');
        b.append("- trees: ").append(model.trees().rounds()).append("; calibration: ").append(model.calibration().name()).append('\n');
        b.append("- schema hash: `").append(info.schemaHash()).append("`\n");
        info.provenance().forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
        if (!warnings.isEmpty()) {
            b.append("\n## Warnings\n\n");
            warnings.forEach(w -> b.append("- ").append(w).append('\n'));
        }
        return b.toString();
    }

    /**
     * The LSTM column section: what was decided for the evaluation model (whose held-out figures are above) and for
     * the stored model, with the validation ROC AUC of the trees with and without the column.
     */
    static String sequence(SnapshotTrainer.SequenceOutcome evaluation, SnapshotTrainer.SequenceOutcome stored, SnapshotModel model) {
        StringBuilder b = new StringBuilder("\n## Sequence model (LSTM column)\n\n");
        b.append("The stored model ").append(model.sequence() == null ? "reads the snapshot features alone"
                : "reads the LSTM column (" + model.sequence().versions() + ")").append(".\n\n");
        b.append("| model | decision | validation AUC with | without |\n|---|---|---:|---:|\n");
        outcome(b, "evaluation model", evaluation);
        outcome(b, "stored model", stored);
        if (!stored.runs().isEmpty()) {
            b.append("\nFold networks of the stored model (").append(String.format(Locale.ROOT, "%.1f s in all", stored.seconds()))
                    .append("):\n\n");
            stored.runs().forEach(r -> b.append("- ").append(r.describe()).append('\n'));
        }
        return b.toString();
    }

    private static void outcome(StringBuilder b, String name, SnapshotTrainer.SequenceOutcome o) {
        b.append("| ").append(name).append(" | ").append(o.decision().replace("|", "/")).append(" | ")
                .append(Double.isNaN(o.validationAucWith()) ? "-" : String.format(Locale.ROOT, "%.4f", o.validationAucWith()))
                .append(" | ")
                .append(Double.isNaN(o.validationAucWithout()) ? "-" : String.format(Locale.ROOT, "%.4f", o.validationAucWithout()))
                .append(" |\n");
    }

    private static void quality(StringBuilder b, String name, SnapshotTrainer.Quality q) {
        b.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %.4f |%n", name, q.rocAuc(), q.prAuc(),
                q.logLoss(), q.brier(), q.ece()));
    }

    private static void row(StringBuilder b, String name, double v) {
        b.append("| ").append(name).append(" | ")
                .append(v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4f", v)).append(" |\n");
    }
}
