package dev.leadscope.rest.qualification;

import dev.leadscope.domain.bant.Qualification;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A lead's qualification: probability (null when never scored) and tier, BANT per criterion with evidence, how many
 * are met, readiness, the next action with its reason, the account's buying stage and the assigned rep when known, and
 * whether the lead goes to sales as exploration (routing by score would have held it back).
 */
@Serdeable
public record QualificationResponse(String leadId, Double probability, String tier, List<CriterionResponse> bant, int metCount,
                                    String readiness, String action, String reason, String accountStage, String assignedTo,
                                    Instant assessedAt, boolean exploration) {

    public static QualificationResponse from(Qualification q) {
        return new QualificationResponse(q.lead().value(), q.probability() == null ? null : q.probability().value(),
                lower(q.tier()), q.bant().values().stream().map(CriterionResponse::from).toList(), q.metCount(),
                lower(q.readiness()), lower(q.action()), q.reason(), q.accountStage() == null ? null : lower(q.accountStage()),
                q.assignedTo() == null ? null : q.assignedTo().value(), q.assessedAt(), q.exploration());
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
