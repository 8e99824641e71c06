package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.outcome.FeedbackVerdict;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.RepFeedback;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns reps' verdicts into weighted training labels. A lead's latest feedback given before the end of the observed
 * data labels its snapshots taken before that feedback: good fit 1, bad fit 0, with the configured weight.
 * <ul>
 *   <li>A lead without a matured outcome: snapshots with no label yet (their horizon runs past the data) get the
 *       verdict; snapshots labelled 0 because the lead was still open a horizon later get it when it disagrees.</li>
 *   <li>A lead with a matured outcome (won or lost before the end of the data): the outcome wins, unless the policy
 *       lets feedback override it; then the snapshots whose outcome label disagrees with the verdict take it.</li>
 * </ul>
 * A label the verdict agrees with is left as it was, at full weight. Stateless.
 */
public final class FeedbackLabels {
    private static final Duration WEEK = Duration.ofDays(7);

    private FeedbackLabels() {
    }

    /**
     * How feedback enters training.
     *
     * @param weight           the weight of a label set by feedback (an observed outcome weighs 1), in (0, 10]
     * @param overrideOutcomes whether feedback may replace the label a matured outcome gave
     */
    public record Policy(double weight, boolean overrideOutcomes) {
        public Policy {
            if (!(weight > 0 && weight <= 10)) {
                throw new IllegalArgumentException("leadscope.learning.feedback.weight must be in (0, 10]: " + weight);
            }
        }
    }

    /**
     * What feedback did to one lead's labels.
     *
     * @param set        snapshots whose label now comes from the feedback
     * @param overridden of those, how many replaced a matured outcome's label
     */
    public record Change(RepFeedback feedback, int set, int overridden) {
    }

    /** The examples after feedback, how many labels came from it and how many of those overrode outcomes. */
    public record Result(List<Example> examples, int fromFeedback, int overridingOutcomes, List<Change> changes) {
        public Result {
            examples = List.copyOf(examples);
            changes = List.copyOf(changes);
        }
    }

    /**
     * Applies {@code feedback} (any order, any leads) to {@code examples} of {@code histories} labelled as of
     * {@code observedUntil}; feedback given at or after that moment is ignored. Examples keep history then time order.
     */
    public static Result apply(List<LeadHistory> histories, List<Example> examples, List<RepFeedback> feedback,
                               Instant observedUntil, Policy policy) {
        Map<Object, Integer> index = new HashMap<>();
        for (int h = 0; h < histories.size(); h++) {
            index.put(histories.get(h).lead().id(), h);
        }
        Map<Integer, RepFeedback> latest = new HashMap<>();
        for (RepFeedback f : feedback) {
            Integer h = index.get(f.leadId());
            if (h != null && f.givenAt().isBefore(observedUntil)) {
                latest.merge(h, f, (a, b) -> b.givenAt().isAfter(a.givenAt()) ? b : a);
            }
        }
        Map<Integer, List<Example>> byHistory = new HashMap<>();
        for (Example e : examples) {
            byHistory.computeIfAbsent(e.history(), k -> new ArrayList<>()).add(e);
        }
        List<Example> out = new ArrayList<>(examples.size());
        List<Change> changes = new ArrayList<>();
        int fromFeedback = 0;
        int overriding = 0;
        List<Integer> order = new ArrayList<>(byHistory.keySet());
        order.addAll(latest.keySet().stream().filter(h -> !byHistory.containsKey(h)).toList());
        order.sort(Comparator.naturalOrder());
        for (int h : order) {
            List<Example> own = byHistory.getOrDefault(h, List.of());
            RepFeedback f = latest.get(h);
            if (f == null) {
                out.addAll(own);
                continue;
            }
            Change change = relabel(histories.get(h), h, own, f, observedUntil, policy, out);
            if (change.set() > 0) {
                changes.add(change);
                fromFeedback += change.set();
                overriding += change.overridden();
            }
        }
        return new Result(out, fromFeedback, overriding, changes);
    }

    private static Change relabel(LeadHistory history, int h, List<Example> own, RepFeedback f, Instant observedUntil,
                                  Policy policy, List<Example> out) {
        int verdict = f.verdict() == FeedbackVerdict.GOOD_FIT ? 1 : 0;
        Optional<Outcome> outcome = history.firstOutcome().filter(o -> o.occurredAt().isBefore(observedUntil));
        int set = 0;
        int overridden = 0;
        if (outcome.isPresent()) {
            for (Example e : own) {
                if (policy.overrideOutcomes() && e.label() != verdict && e.at().isBefore(f.givenAt())) {
                    out.add(new Example(h, e.at(), verdict, policy.weight()));
                    set++;
                    overridden++;
                } else {
                    out.add(e);
                }
            }
            return new Change(f, set, overridden);
        }
        Map<Instant, Example> labelled = new HashMap<>();
        own.forEach(e -> labelled.put(e.at(), e));
        Instant end = f.givenAt().isBefore(observedUntil) ? f.givenAt() : observedUntil;
        List<Example> merged = new ArrayList<>();
        for (Instant t = TrainingExamples.firstMondayAfter(history.lead().createdAt()); t.isBefore(end); t = t.plus(WEEK)) {
            Example existing = labelled.remove(t);
            if (existing != null && existing.label() == verdict) {
                merged.add(existing);
            } else {
                merged.add(new Example(h, t, verdict, policy.weight()));
                set++;
            }
        }
        merged.addAll(labelled.values());
        merged.sort(Comparator.comparing(Example::at));
        out.addAll(merged);
        return new Change(f, set, 0);
    }
}
