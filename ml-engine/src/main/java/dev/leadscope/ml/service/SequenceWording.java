package dev.leadscope.ml.service;

import dev.leadscope.ml.sequence.EventContribution;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.column.SequenceColumn;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Words the LSTM column for a sales rep when it is among a lead's top reasons, from the per-event attribution: the
 * latest event that moved the lead's sequence score most in the reason's direction, e.g. "Recent activity sequence:
 * the pricing page view on 12 May added 6 points to the sequence score".
 */
final class SequenceWording {
    /** How many of the latest events are tried (each costs a forward pass per fold network). */
    static final int RECENT = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private SequenceWording() {
    }

    static String describe(SequenceColumn column, List<SequenceEvent> events, Instant at, double effect) {
        List<EventContribution> contributions = column.attributeRecent(events, at, RECENT);
        if (contributions.isEmpty()) {
            return "Recent activity sequence: no activity yet";
        }
        EventContribution best = null;
        for (EventContribution c : contributions) {
            double signed = effect >= 0 ? c.points() : -c.points();
            if (signed > 0 && (best == null || signed > (effect >= 0 ? best.points() : -best.points()))) {
                best = c;
            }
        }
        if (best == null) {
            return "Recent activity sequence: the order and timing of its latest " + contributions.size() + " events";
        }
        long points = Math.round(Math.abs(best.points()));
        String what = points == 0 ? "moved the sequence score by less than a point"
                : (best.points() > 0 ? "added " : "took ") + points + (points == 1 ? " point" : " points")
                + (best.points() > 0 ? " to" : " off") + " the sequence score";
        return "Recent activity sequence: the " + name(best.event()) + " on " + DAY.format(best.event().at()) + " " + what;
    }

    /** "pricing page view" from type page_view and category pricing. */
    static String name(SequenceEvent e) {
        String type = e.type().toLowerCase(Locale.ROOT).replace('_', ' ');
        return e.category() == null ? type : e.category().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + type;
    }
}
