package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.outcome.Outcome;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything stored about one lead that features may draw on: its account, its events, notes and outcomes, its
 * account's intent surges and the other members of its buying committee. It may hold more than was known at a
 * given moment; {@link SnapshotFeatures} looks only at what happened before the snapshot time. Lists are
 * kept oldest first.
 *
 * @param account    the lead's account, or null
 * @param colleagues the other leads of the same account with their events and outcomes
 */
public record LeadHistory(Lead lead, Account account, List<ActivityEvent> events, List<Note> notes,
                          List<IntentSignal> intent, List<Outcome> outcomes, List<Colleague> colleagues) {

    /** Another member of the lead's buying committee. */
    public record Colleague(Lead lead, List<ActivityEvent> events, List<Outcome> outcomes, List<Note> notes) {
        public Colleague {
            Objects.requireNonNull(lead, "colleague lead");
            events = timeOrdered(events);
            outcomes = sorted(outcomes, OUTCOME_TIME);
            notes = sorted(notes, NOTE_TIME);
        }

        /** A colleague whose notes are not known. */
        public Colleague(Lead lead, List<ActivityEvent> events, List<Outcome> outcomes) {
            this(lead, events, outcomes, List.of());
        }
    }

    public LeadHistory {
        Objects.requireNonNull(lead, "lead");
        events = timeOrdered(events);
        notes = sorted(notes, NOTE_TIME);
        intent = inOrder(intent);
        outcomes = sorted(outcomes, OUTCOME_TIME);
        colleagues = colleagues == null ? List.of() : List.copyOf(colleagues);
    }

    /** The first outcome, which ends the lead's journey: snapshots are only taken before it. */
    public Optional<Outcome> firstOutcome() {
        return outcomes.isEmpty() ? Optional.empty() : Optional.of(outcomes.get(0));
    }

    /** The latest moment this history knows of: the last event, note, outcome or the lead's creation. */
    public Instant lastKnown() {
        Instant last = lead.createdAt();
        for (ActivityEvent e : events) {
            last = max(last, e.occurredAt());
        }
        for (Note n : notes) {
            last = max(last, n.writtenAt());
        }
        for (Outcome o : outcomes) {
            last = max(last, o.occurredAt());
        }
        return last;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Intent signals in the order a history keeps them (by week, then topic), as an immutable list: a list already
     * made by this method is kept as it is, so the leads of one account can share their account's list.
     */
    public static List<IntentSignal> inOrder(List<IntentSignal> intent) {
        return sorted(intent, INTENT_ORDER);
    }

    // plain comparisons: every history built checks its lists' order, for every member of every committee
    private static final Comparator<ActivityEvent> EVENT_TIME = (a, b) -> a.occurredAt().compareTo(b.occurredAt());
    private static final Comparator<Outcome> OUTCOME_TIME = (a, b) -> a.occurredAt().compareTo(b.occurredAt());
    private static final Comparator<Note> NOTE_TIME = (a, b) -> a.writtenAt().compareTo(b.writtenAt());
    private static final Comparator<IntentSignal> INTENT_ORDER = (a, b) -> {
        int c = a.weekStart().compareTo(b.weekStart());
        return c != 0 ? c : a.topic().compareTo(b.topic());
    };

    /** The events oldest first, immutable: a list that is {@link OrderedEvents} is in order already and kept as it is. */
    private static List<ActivityEvent> timeOrdered(List<ActivityEvent> events) {
        return events instanceof OrderedEvents ? events : sorted(events, EVENT_TIME);
    }

    /** The items in order, immutable; an immutable list already in order is kept, not copied (so lists can be shared). */
    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        if (items == null) {
            return List.of();
        }
        for (int i = 1; i < items.size(); i++) {
            if (order.compare(items.get(i - 1), items.get(i)) > 0) {
                List<T> copy = new java.util.ArrayList<>(items);
                copy.sort(order);
                return List.copyOf(copy);
            }
        }
        return List.copyOf(items);
    }
}
