package dev.leadscope.rest.score;

import dev.leadscope.domain.scoring.LeadScore;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A lead's stored scores, newest first. */
@Serdeable
public record ScoreHistoryResponse(String leadId, List<ScoreResponse> items) {

    public static ScoreHistoryResponse from(String leadId, List<LeadScore> scores) {
        return new ScoreHistoryResponse(leadId, scores.stream().map(ScoreResponse::from).toList());
    }
}
