package dev.leadscope.ml.service;

import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The training report's explanation when its held-out snapshots cannot be evaluated. */
final class HeldOutWarnings {
    private HeldOutWarnings() {
    }

    /**
     * Why the held-out snapshots gave no metrics. When none of them converted although earlier leads did, the
     * stored history most likely stops recording outcomes before it ends (an old export with newer leads beside it):
     * the warning names the latest conversion and, for a time-ordered split, the back-test that evaluates before it.
     */
    static String noMetrics(List<LeadHistory> histories, int heldOut, Instant evaluatedFrom, int positives,
                            Instant observedUntil, boolean suggestBackTest) {
        String out = "the held-out snapshots (" + heldOut + ", from " + evaluatedFrom
                + ") do not hold both outcomes; no held-out metrics";
        if (positives != 0) {
            return out;
        }
        Instant last = null;
        for (LeadHistory h : histories) {
            for (Outcome o : h.outcomes()) {
                if (o.kind().converted() && (last == null || o.occurredAt().isAfter(last))) {
                    last = o.occurredAt();
                }
            }
        }
        if (last == null || !last.isBefore(evaluatedFrom)) {
            return out;
        }
        out += ". The latest conversion on record is " + last + ", while the history runs to " + observedUntil
                + ": if outcomes after it were not imported, the held-out period cannot show how the model ranks";
        return suggestBackTest ? out + "; back-test on the period with outcomes instead (createdBefore, or --created-before"
                + " on the command line, a few months before " + LocalDate.ofInstant(last, ZoneOffset.UTC) + ")" : out;
    }
}
