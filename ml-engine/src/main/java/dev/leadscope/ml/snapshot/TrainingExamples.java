package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.outcome.Outcome;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the labelled snapshots to learn from: every Monday 00:00 UTC after a lead was created and before its
 * first outcome (and before the end of the observed data). The label is 1 when the lead was won within the
 * horizon after the snapshot and 0 when it was lost, disqualified or won later, or when it was still open a
 * whole horizon later. A snapshot whose horizon reaches past the observed data is left out even when its lead
 * already has an outcome: keeping only the leads that ended early would over-represent quick wins and losses
 * among the latest snapshots (the ones a time-ordered split holds out) and skew both AUC and calibration.
 */
public final class TrainingExamples {
    private TrainingExamples() {
    }

    /**
     * One labelled snapshot: which history, when, whether it converted within the horizon, and how much the label
     * counts in training (1 for an observed outcome; less for a label set by a rep's feedback).
     */
    public record Example(int history, Instant at, int label, double weight) {
        public Example {
            if (label != 0 && label != 1) {
                throw new IllegalArgumentException("label must be 0 or 1: " + label);
            }
            if (!(weight > 0 && weight <= 10)) {
                throw new IllegalArgumentException("weight must be in (0, 10]: " + weight);
            }
        }

        /** An example labelled by what happened, with weight 1. */
        public Example(int history, Instant at, int label) {
            this(history, at, label, 1.0);
        }
    }

    /** The examples of every history, in history order then time order. */
    public static List<Example> of(List<LeadHistory> histories, int horizonDays, Instant observedUntil) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays must be at least 1: " + horizonDays);
        }
        Duration horizon = Duration.ofDays(horizonDays);
        List<Example> out = new ArrayList<>();
        for (int h = 0; h < histories.size(); h++) {
            LeadHistory history = histories.get(h);
            Optional<Outcome> outcome = history.firstOutcome();
            Instant end = outcome.map(Outcome::occurredAt).filter(o -> o.isBefore(observedUntil)).orElse(observedUntil);
            for (Instant t = firstMondayAfter(history.lead().createdAt()); t.isBefore(end); t = t.plus(Duration.ofDays(7))) {
                Integer label = label(outcome, t, horizon, observedUntil);
                if (label != null) {
                    out.add(new Example(h, t, label));
                }
            }
        }
        return out;
    }

    /** The label of a snapshot at {@code t}, or null when it is not yet known at {@code observedUntil}. */
    static Integer label(Optional<Outcome> outcome, Instant t, Duration horizon, Instant observedUntil) {
        Instant horizonEnd = t.plus(horizon);
        if (horizonEnd.isAfter(observedUntil)) {
            // Known early only when it already ended: labelling those alone would over-represent quick outcomes.
            return null;
        }
        if (outcome.isPresent()) {
            Outcome o = outcome.get();
            return o.wonBy(horizonEnd) ? 1 : 0;
        }
        return 0;
    }

    /** The first Monday 00:00 UTC strictly after {@code created}. */
    public static Instant firstMondayAfter(Instant created) {
        LocalDate day = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            day = day.plusDays(1);
        }
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
