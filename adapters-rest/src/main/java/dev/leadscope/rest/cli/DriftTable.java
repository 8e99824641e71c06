package dev.leadscope.rest.cli;

import dev.leadscope.domain.monitor.ChallengerDecision;
import dev.leadscope.domain.port.in.EvaluateDriftUseCase.Day;
import dev.leadscope.domain.port.in.EvaluateDriftUseCase.Result;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Lays out the drift evaluation as Markdown: the first alerts, the daily figures, the challenger's decisions. */
final class DriftTable {
    private DriftTable() {
    }

    static String markdown(String name, Result drifted, Result steady, EvaluateDriftCommand c, double seconds) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "leadscope evaluate-drift --accounts %d --seed %d --drift %s --horizon-days %d --days %d"
                + " --challenger-weeks %d --window-days %d --review-weeks %d%n%n", c.accounts, c.seed, c.drift, c.horizonDays, c.days,
                c.challengerWeeks, c.windowDays, c.reviewWeeks));
        b.append("| run | model | first alert | days after the drift | metrics alerting that day |\n|---|---|---|---:|---|\n");
        row(b, name, drifted, c);
        if (steady != null) {
            row(b, "without drift", steady, c);
        }
        b.append("\nDaily monitor figures (PSI of scores, of the top feature nearest its threshold and of the new leads' mix, each"
                + " as value / threshold, the threshold being max(psi-threshold + sampling noise, noise factor x the reference's own"
                + " noise floor), scores compared at the fiscal month the training data ended in;"
                + " calibration error and AUC drop (value / threshold, the threshold being max(auc-drop, 1.645 x the matured AUC's standard"
                + " error)) on matured outcomes; - = not enough data):\n\n");
        b.append("| day | ").append(name).append(": score PSI | feature PSI | lead mix PSI | ECE | AUC drop | alerts |");
        if (steady != null) {
            b.append(" no drift: score PSI | feature PSI | lead mix PSI | alerts |");
        }
        b.append('\n').append(steady != null ? "|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|\n" : "|---|---:|---:|---:|---:|---:|---|\n");
        for (int i = 0; i < drifted.days().size(); i++) {
            Day d = drifted.days().get(i);
            b.append("| ").append(d.day()).append(" | ").append(f(d.scorePsi(), d.thresholds().score())).append(" | ")
                    .append(f(d.featurePsi(), d.thresholds().feature())).append(" | ").append(f(d.leadMixPsi(), d.thresholds().leadMix()))
                    .append(" | ").append(f(d.calibrationError())).append(" | ").append(f(d.aucDrop(), d.thresholds().aucDrop())).append(" | ")
                    .append(String.join(", ", d.alerts())).append(" |");
            if (steady != null && i < steady.days().size()) {
                Day s = steady.days().get(i);
                b.append(' ').append(f(s.scorePsi(), s.thresholds().score())).append(" | ").append(f(s.featurePsi(), s.thresholds().feature()))
                        .append(" | ").append(f(s.leadMixPsi(), s.thresholds().leadMix())).append(" | ")
                        .append(String.join(", ", s.alerts())).append(" |");
            }
            b.append('\n');
        }
        if (drifted.decisions().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nTook %.0f s in all.%n", seconds));
            return b.toString();
        }
        b.append(String.format(Locale.ROOT, "%nChallenger (trained %d weeks after the drift on the snapshots of the last %d days,"
                + " reviewed weekly against the stale model):%n%n", c.challengerWeeks, c.windowDays > 0 ? c.windowDays : 7 * c.challengerWeeks));
        b.append("| as of | verdict | figures | reason |\n|---|---|---|---|\n");
        for (ChallengerDecision d : drifted.decisions()) {
            StringBuilder fig = new StringBuilder();
            d.figures().forEach((k, v) -> {
                if (!k.startsWith("oracle") && !k.startsWith("logistic")) {
                    fig.append(fig.length() == 0 ? "" : ", ").append(k).append(' ').append(String.format(Locale.ROOT, "%.4f", v));
                }
            });
            b.append("| ").append(d.asOf().toString(), 0, 10).append(" | ").append(d.verdict().wireName()).append(" | ")
                    .append(fig).append(" | ").append(d.reason().replace('|', '/')).append(" |\n");
        }
        b.append(String.format(Locale.ROOT, "%nTook %.0f s in all.%n", seconds));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Result r, EvaluateDriftCommand c) {
        b.append("| ").append(name).append(" | ").append(r.staleModel()).append(" | ")
                .append(r.firstAlert() == null ? "none in " + c.days + " days" : r.firstAlert().toString()).append(" | ")
                .append(r.firstAlert() == null ? "-" : Long.toString(ChronoUnit.DAYS.between(c.drift, r.firstAlert()))).append(" | ")
                .append(r.days().stream().filter(d -> d.day().equals(r.firstAlert())).findFirst()
                        .map(d -> String.join(", ", d.alerts())).orElse("-")).append(" |\n");
    }

    private static String f(Double v, Double threshold) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f / %.3f", v, threshold);
    }

    private static String f(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
