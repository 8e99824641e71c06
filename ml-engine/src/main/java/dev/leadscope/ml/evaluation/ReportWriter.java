package dev.leadscope.ml.evaluation;

import dev.leadscope.ml.tabular.Json;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvaluationReport} as Markdown for people or JSON for tools. */
public final class ReportWriter {
    private ReportWriter() {
    }

    public static String json(EvaluationReport report) {
        return Json.write(report);
    }

    public static String markdown(EvaluationReport r) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(r.title()).append("\n\n");
        b.append("- Data: `").append(r.dataset()).append("`\n");
        b.append("- Split: ").append(r.split()).append('\n');
        b.append(f("- Training rows: %d; held-out rows: %d (%d converted, %.1f %%)%n", r.trainingRows(), r.heldRows(),
                r.heldConverted(), 100.0 * r.heldConverted() / Math.max(1, r.heldRows())));
        b.append(f("- Trees: %d rounds (early stopping); calibration: **%s** (cross-validated log loss: Platt %.4f, isotonic %.4f)%n",
                r.rounds(), r.calibration(), r.plattLogLoss(), r.isotonicLogLoss()));
        b.append("- Hyperparameters: ").append(r.hyperparameters()).append('\n');
        if (r.note() != null) {
            b.append("- Note: ").append(r.note()).append('\n');
        }
        b.append("\n## Models side by side\n\n");
        b.append("| model | ROC AUC | PR AUC | log loss | Brier | ECE | lift @5 % | lift @10 % | lift @20 % |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ModelMetrics m : r.models()) {
            b.append(f("| %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.2f | %.2f | %.2f |%n", m.model(), m.rocAuc(),
                    m.prAuc(), m.logLoss(), m.brier(), m.calibrationError(), m.top().get(0).lift(), m.top().get(1).lift(),
                    m.top().get(2).lift()));
        }
        ModelMetrics main = r.models().get(0);
        b.append("\n## Precision and recall at the top (").append(main.model()).append(")\n\n");
        b.append("| top | rows | precision | recall | lift |\n|---:|---:|---:|---:|---:|\n");
        for (TopShare t : main.top()) {
            b.append(f("| %.0f %% | %d | %.3f | %.3f | %.2f |%n", t.fraction() * 100, t.rows(), t.precision(), t.recall(), t.lift()));
        }
        b.append("\n## Reliability (").append(main.model()).append(", 10 bins)\n\n");
        b.append("| probability | rows | mean predicted | observed |\n|---|---:|---:|---:|\n");
        for (ReliabilityBin bin : main.reliability()) {
            b.append(f("| %.1f-%.1f | %d | %s | %s |%n", bin.lower(), bin.upper(), bin.count(), pct(bin.meanPredicted()),
                    pct(bin.observedRate())));
        }
        b.append("\n## Conversion by score band (").append(main.model()).append(")\n\n");
        groups(b, main.scoreBands());
        b.append("\n## Conversion by tier (").append(main.model()).append(")\n\n");
        groups(b, main.tiers());
        b.append("\n## Segments\n\n");
        if (r.segments().isEmpty()) {
            b.append("No segment columns.\n");
        } else {
            b.append("| column | value | rows | converted | ROC AUC | ECE | mean probability |\n|---|---|---:|---:|---:|---:|---:|\n");
            for (SegmentMetrics s : r.segments()) {
                b.append(f("| %s | %s | %d | %d | %s | %s | %s |%n", s.column(), s.value(), s.rows(), s.converted(),
                        num(s.rocAuc()), num(s.calibrationError()), pct(s.meanProbability())));
            }
        }
        b.append("\n## Warnings\n\n");
        if (r.warnings().isEmpty()) {
            b.append("None.\n");
        }
        for (String w : r.warnings()) {
            b.append("- ").append(w).append('\n');
        }
        b.append("\n## Feature importance (share of total gain)\n\n| column | share |\n|---|---:|\n");
        r.importance().stream().limit(25).forEach(i -> b.append(f("| %s | %.1f %% |%n", i.column(), i.gainShare() * 100)));
        return b.toString();
    }

    private static void groups(StringBuilder b, java.util.List<GroupRate> groups) {
        b.append("| group | rows | converted | conversion | mean probability |\n|---|---:|---:|---:|---:|\n");
        for (GroupRate g : groups) {
            b.append(f("| %s | %d | %d | %s | %s |%n", g.group(), g.rows(), g.converted(), pct(g.conversionRate()),
                    pct(g.meanProbability())));
        }
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : f("%.1f %%", v * 100);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : f("%.3f", v);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** The headline numbers of one model, for manifests and summaries. */
    public static Map<String, Double> headline(ModelMetrics m) {
        return Map.of("rocAuc", m.rocAuc(), "prAuc", m.prAuc(), "logLoss", m.logLoss(), "brier", m.brier(),
                "calibrationError", m.calibrationError(), "liftAtTop10", m.top().get(1).lift());
    }
}
