package dev.leadscope.rest.account;

import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.lead.CommitteeRole;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An account's score: probability of buying within the horizon, how it was obtained ({@code method}: learned or
 * combined) and by which stored account model ({@code modelVersion}, null for the default combination), committee members and
 * decayed engagement per role, buying stage, surge, cross-role patterns seen, and the roles still to reach.
 */
@Serdeable
public record AccountScoreResponse(String accountId, double probability, String method, Map<String, Integer> coverage,
                                   Map<String, Double> engagement, String stage, SurgeDto surge, List<String> patterns,
                                   List<String> contactsToReach, Instant scoredAt, String modelVersion) {

    public static AccountScoreResponse from(AccountScore s) {
        return new AccountScoreResponse(s.account().value(), s.probability().value(), lower(s.method()), byRole(s.coverage()),
                byRole(s.engagement()), lower(s.stage()), SurgeDto.from(s.surge()), s.patterns(),
                s.missingRoles().stream().map(AccountScoreResponse::lower).toList(), s.scoredAt(),
                s.modelVersion() == null ? null : s.modelVersion().value());
    }

    private static <V> Map<String, V> byRole(Map<CommitteeRole, V> values) {
        Map<String, V> out = new LinkedHashMap<>();
        values.forEach((role, v) -> out.put(lower(role), v));
        return out;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
