package dev.leadscope.rest.model;

import dev.leadscope.domain.monitor.ChallengerDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/** One decision about a challenger model, with the figures it was made on. */
@Serdeable
public record DecisionResponse(String challenger, @Nullable String champion, String verdict, Instant asOf, Instant decidedAt,
                               Map<String, Double> figures, String reason) {

    public static DecisionResponse from(ChallengerDecision d) {
        return new DecisionResponse(d.challenger().value(), d.champion() == null ? null : d.champion().value(), d.verdict().wireName(),
                d.asOf(), d.decidedAt(), d.figures(), d.reason());
    }
}
