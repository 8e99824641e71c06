package dev.leadscope.persistence.score;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.persistence.support.JsonColumns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One entry of the score history as a row of the {@code lead_scores} table. The id is assigned by the
 * database in append order and breaks ties between scores of the same instant. Reasons not computed are stored as
 * NULL in both reasons columns; computed reasons, even none, as a JSON list.
 */
@MappedEntity("lead_scores")
record ScoreRow(
        @Id @GeneratedValue @Nullable Long id,
        String workspaceId,
        String leadId,
        double probability,
        @Nullable Double fit,
        @Nullable Double engagement,
        String tier,
        @Nullable String positiveReasons,
        @Nullable String negativeReasons,
        String modelVersion,
        Instant scoredAt,
        int horizonDays) {

    static ScoreRow from(LeadScore score) {
        boolean reasons = score.reasonsComputed();
        return new ScoreRow(null, score.workspace().value(), score.leadId().value(), score.probability().value(), score.fit(),
                score.engagement(), score.tier().name(), reasons ? JsonColumns.reasons(score.positiveReasons()) : null,
                reasons ? JsonColumns.reasons(score.negativeReasons()) : null, score.modelVersion().value(), score.scoredAt(),
                score.horizonDays());
    }

    LeadScore toDomain() {
        if (positiveReasons == null) {
            return LeadScore.withoutReasons(new WorkspaceId(workspaceId), new LeadId(leadId), new ConversionProbability(probability),
                    fit, engagement, Tier.valueOf(tier), new ModelVersion(modelVersion), scoredAt, horizonDays);
        }
        return new LeadScore(new WorkspaceId(workspaceId), new LeadId(leadId), new ConversionProbability(probability), fit, engagement,
                Tier.valueOf(tier), JsonColumns.reasons(positiveReasons), JsonColumns.reasons(negativeReasons),
                new ModelVersion(modelVersion), scoredAt, horizonDays);
    }
}
