package dev.leadscope.domain.port.out;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.lead.RepId;
import java.time.Instant;

/** Which leads to list; a {@code null} field does not filter. {@code createdAfter} is exclusive. */
public record LeadFilter(AccountId accountId, RepId owner, Instant createdAfter) {
    public static final LeadFilter ALL = new LeadFilter(null, null, null);
}
