package dev.leadscope.domain.bant;

import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.Tier;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A lead's qualification: tier, each BANT criterion with its evidence, readiness, the next action with its
 * reason, the account's buying stage when known, and the rep it was assigned to when assignment was asked for.
 * {@code probability} is null when the lead has not been scored yet. {@code exploration} is true when the lead went to
 * sales only because exploration drew it (routing by score would have held it back).
 */
public record Qualification(
        WorkspaceId workspace,
        LeadId lead,
        ConversionProbability probability,
        Tier tier,
        Map<BantCriterion, CriterionAssessment> bant,
        Readiness readiness,
        NextAction action,
        String reason,
        BuyingStage accountStage,
        RepId assignedTo,
        Instant assessedAt,
        boolean exploration) {

    public Qualification {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(bant, "bant");
        EnumMap<BantCriterion, CriterionAssessment> copy = new EnumMap<>(BantCriterion.class);
        for (BantCriterion c : BantCriterion.values()) {
            CriterionAssessment a = bant.get(c);
            if (a == null) {
                throw new IllegalArgumentException("bant must assess " + c);
            }
            if (a.criterion() != c) {
                throw new IllegalArgumentException("bant." + c + " holds the assessment of " + a.criterion());
            }
            copy.put(c, a);
        }
        bant = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(action, "action");
        reason = Texts.required("reason", reason, 1000);
        assessedAt = Instants.micros(Objects.requireNonNull(assessedAt, "assessedAt"));
    }

    /** A qualification routed by score alone (not exploration). */
    public Qualification(WorkspaceId workspace, LeadId lead, ConversionProbability probability, Tier tier,
                         Map<BantCriterion, CriterionAssessment> bant, Readiness readiness, NextAction action, String reason,
                         BuyingStage accountStage, RepId assignedTo, Instant assessedAt) {
        this(workspace, lead, probability, tier, bant, readiness, action, reason, accountStage, assignedTo, assessedAt, false);
    }

    /** How many BANT criteria are met. */
    public int metCount() {
        return (int) bant.values().stream().filter(a -> a.status() == BantStatus.MET).count();
    }

    public BantStatus status(BantCriterion criterion) {
        return bant.get(criterion).status();
    }
}
