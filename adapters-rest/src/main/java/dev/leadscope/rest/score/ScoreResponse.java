package dev.leadscope.rest.score;

import dev.leadscope.domain.scoring.LeadScore;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A lead's score: probability of converting within the horizon, tier, reasons either way, model and moment. */
@Serdeable
public record ScoreResponse(String leadId, double probability, Double fit, Double engagement, String tier,
                            List<ReasonDto> positiveReasons, List<ReasonDto> negativeReasons, String modelVersion,
                            Instant scoredAt, int horizonDays) {

    public static ScoreResponse from(LeadScore s) {
        return new ScoreResponse(s.leadId().value(), s.probability().value(), s.fit(), s.engagement(),
                s.tier().name().toLowerCase(Locale.ROOT), s.positiveReasons().stream().map(ReasonDto::from).toList(),
                s.negativeReasons().stream().map(ReasonDto::from).toList(), s.modelVersion().value(), s.scoredAt(), s.horizonDays());
    }
}
