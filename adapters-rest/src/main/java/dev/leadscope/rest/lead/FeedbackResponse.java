package dev.leadscope.rest.lead;

import dev.leadscope.domain.outcome.RepFeedback;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Locale;

/** A rep's feedback as stored. */
@Serdeable
public record FeedbackResponse(String id, String leadId, String givenBy, String verdict, String reason, Instant givenAt) {

    public static FeedbackResponse from(RepFeedback f) {
        return new FeedbackResponse(f.id(), f.leadId().value(), f.givenBy().value(), f.verdict().name().toLowerCase(Locale.ROOT),
                f.reason(), f.givenAt());
    }
}
