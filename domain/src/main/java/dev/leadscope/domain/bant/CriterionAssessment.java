package dev.leadscope.domain.bant;

import java.util.List;
import java.util.Objects;

/**
 * The status of one BANT criterion and the evidence behind it, the deciding piece first; a criterion
 * without evidence is {@link BantStatus#UNKNOWN}.
 */
public record CriterionAssessment(BantCriterion criterion, BantStatus status, List<Evidence> evidence) {
    public CriterionAssessment {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(status, "status");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (status == BantStatus.UNKNOWN && !evidence.isEmpty()) {
            throw new IllegalArgumentException(criterion + " has evidence, so its status cannot be unknown");
        }
        if (status != BantStatus.UNKNOWN && evidence.isEmpty()) {
            throw new IllegalArgumentException(criterion + " is " + status + " without evidence");
        }
        for (Evidence e : evidence) {
            if (e.criterion() != criterion) {
                throw new IllegalArgumentException("evidence about " + e.criterion() + " filed under " + criterion);
            }
        }
    }

    /** No evidence either way. */
    public static CriterionAssessment unknown(BantCriterion criterion) {
        return new CriterionAssessment(criterion, BantStatus.UNKNOWN, List.of());
    }

    /** The evidence that decided the status, if any. */
    public Evidence decisive() {
        return evidence.isEmpty() ? null : evidence.get(0);
    }
}
