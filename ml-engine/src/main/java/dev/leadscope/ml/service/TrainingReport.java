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
                .append(model.schema().columns().size()).append(" snapshot columns\n");
        b.append("- trees: ").append(model.trees().rounds()).append("; calibration: ").append(model.calibration().name()).append('\n');
        b.append("- schema hash: `").append(info.schemaHash()).append("`\n");
        info.provenance().forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
        if (!warnings.isEmpty()) {
            b.append("\n## Warnings\n\n");
            warnings.forEach(w -> b.append("- ").append(w).append('\n'));
        }
        return b.toString();
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
