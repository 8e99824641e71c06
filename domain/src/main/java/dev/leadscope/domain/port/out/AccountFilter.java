package dev.leadscope.domain.port.out;

import java.time.Instant;

/** Which accounts to list; a {@code null} field does not filter. Industry matches ignoring case; {@code createdAfter} is exclusive. */
public record AccountFilter(String industry, Instant createdAfter) {
    public static final AccountFilter ALL = new AccountFilter(null, null);
}
