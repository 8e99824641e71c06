package dev.leadscope.ml.monitor;

import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.TrainingExamples;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which lead snapshots the monitor looks at: the live leads of a window, and snapshots whose outcome is known. */
public final class Populations {
    private Populations() {
    }

    /**
     * The leads live in {@code [from, to)}: created or active in it and still open at {@code to}, each as a snapshot at
     * {@code to} (label 0, unused): the leads a scorer would have (re)scored in that window.
     */
    public static List<Example> live(List<LeadHistory> histories, Instant from, Instant to) {
        List<Example> out = new ArrayList<>();
        for (int h = 0; h < histories.size(); h++) {
            LeadHistory x = histories.get(h);
            Instant created = x.lead().createdAt();
            if (!created.isBefore(to) || x.firstOutcome().map(o -> o.occurredAt().isBefore(to)).orElse(false)) {
                continue;
            }
            if (!created.isBefore(from) || activeIn(x.events(), from, to)) {
                out.add(new Example(h, to, 0));
            }
        }
        return out;
    }

    private static boolean activeIn(List<ActivityEvent> events, Instant from, Instant to) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Instant at = events.get(i).occurredAt();
            if (at.isBefore(from)) {
                return false;
            }
            if (at.isBefore(to)) {
                return true;
            }
        }
        return false;
    }

    /** Weekly snapshots in {@code [from, to]} whose whole horizon had passed by {@code asOf}, labelled. */
    public static List<Example> matured(List<LeadHistory> histories, int horizonDays, Instant asOf, Instant from, Instant to) {
        return TrainingExamples.of(histories, horizonDays, asOf).stream()
                .filter(e -> !e.at().isBefore(from) && !e.at().isAfter(to)).toList();
    }

    /**
     * Weekly snapshots from {@code from} on whose label is known at {@code asOf}: the horizon has passed, or the
     * lead already won or was lost (so recent weeks count too; used to compare two models on the same rows).
     */
    public static List<Example> known(List<LeadHistory> histories, int horizonDays, Instant asOf, Instant from) {
        Duration horizon = Duration.ofDays(horizonDays);
        List<Example> out = new ArrayList<>();
        for (int h = 0; h < histories.size(); h++) {
            LeadHistory x = histories.get(h);
            Optional<Outcome> outcome = x.firstOutcome().filter(o -> o.occurredAt().isBefore(asOf));
            Instant end = outcome.map(Outcome::occurredAt).orElse(asOf);
            Instant first = TrainingExamples.firstMondayAfter(x.lead().createdAt());
            while (first.isBefore(from)) {
                first = first.plus(Duration.ofDays(7));
            }
            for (Instant t = first; t.isBefore(end); t = t.plus(Duration.ofDays(7))) {
                Instant horizonEnd = t.plus(horizon);
                if (outcome.isPresent()) {
                    Outcome o = outcome.get();
                    out.add(new Example(h, t, o.wonBy(horizonEnd) ? 1 : 0));
                } else if (!horizonEnd.isAfter(asOf)) {
                    out.add(new Example(h, t, 0));
                }
            }
        }
        return out;
    }
}
