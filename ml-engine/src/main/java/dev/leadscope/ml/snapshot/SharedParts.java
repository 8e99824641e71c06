package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.note.Note;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the rows of many leads at one moment have in common, computed once and reused by every row that reads it:
 * each committee member's tallied events and buying-stage figures, the cues of each list of notes and each account's
 * intent. A part is found
 * by the identity of the list it was computed from (a {@link LeadHistory}'s lists are immutable, and the bulk loader
 * gives the leads of one account the same lists of their colleagues and the same intent), so a row never reads a
 * part of another lead's history by mistake; only time is saved. Made by {@link SnapshotFeatures#shared}; hold one
 * for a batch and drop it after. Thread-safe.
 */
public final class SharedParts {
    private final SnapshotFeatures owner;
    private final Instant at;
    private final int[] slotOf;
    private final int slots;
    private final Map<Same, MemberActivity> activity = new ConcurrentHashMap<>();
    private final Map<Same, NoteFacts> notes = new ConcurrentHashMap<>();
    private final Map<Same, double[]> intent = new ConcurrentHashMap<>();
    private final Map<Same, Double> intentWeeks = new ConcurrentHashMap<>();

    SharedParts(SnapshotFeatures owner, Instant at, int[] slotOf, int slots) {
        this.owner = owner;
        this.at = Objects.requireNonNull(at, "at");
        this.slotOf = slotOf;
        this.slots = slots;
    }

    /** The moment every part is computed at. */
    public Instant at() {
        return at;
    }

    boolean madeBy(SnapshotFeatures features) {
        return owner == features;
    }

    MemberActivity activity(List<ActivityEvent> events) {
        return kept(activity, events, () -> MemberActivity.of(events, at, slotOf, slots));
    }

    NoteFacts notes(List<Note> list) {
        return kept(notes, list, () -> new NoteFacts(list));
    }

    double[] intent(List<IntentSignal> signals) {
        return kept(intent, signals, () -> Context.intentOf(signals, at, owner.intentRule()));
    }

    BuyingSignals.Member buying(List<ActivityEvent> events) {
        return activity(events).buying;
    }

    double intentWeeks(List<IntentSignal> signals) {
        return kept(intentWeeks, signals, () -> BuyingSignals.intentWeeks(signals, at, owner.intentRule()));
    }

    /** The part kept for {@code list}, computed and kept on the first ask (a plain read first: most asks find it). */
    private static <T> T kept(Map<Same, T> parts, List<?> list, Supplier<T> compute) {
        Same key = new Same(list);
        T part = parts.get(key);
        return part != null ? part : parts.computeIfAbsent(key, k -> compute.get());
    }

    /** An object compared by identity. */
    private static final class Same {
        private final Object of;

        Same(Object of) {
            this.of = of;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }
}
