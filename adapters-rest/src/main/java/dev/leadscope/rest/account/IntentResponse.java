package dev.leadscope.rest.account;

import dev.leadscope.domain.event.IntentSignal;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** An intent signal as stored. */
@Serdeable
public record IntentResponse(String accountId, String topic, LocalDate weekStart, int score, String provider) {

    public static IntentResponse from(IntentSignal s) {
        return new IntentResponse(s.accountId().value(), s.topic(), s.weekStart(), s.score(), s.provider());
    }
}
