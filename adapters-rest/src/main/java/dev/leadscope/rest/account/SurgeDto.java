package dev.leadscope.rest.account;

import dev.leadscope.domain.account.Surge;
import io.micronaut.serde.annotation.Serdeable;

/** This week's weighted engagement against the prior three weeks' weekly mean, their ratio, and whether it surges. */
@Serdeable
public record SurgeDto(double thisWeek, double priorWeeklyMean, double ratio, boolean surging) {

    public static SurgeDto from(Surge s) {
        return new SurgeDto(s.thisWeek(), s.priorWeeklyMean(), s.ratio(), s.surging());
    }
}
