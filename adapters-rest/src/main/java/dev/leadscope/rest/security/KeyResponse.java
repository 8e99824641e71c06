package dev.leadscope.rest.security;

import dev.leadscope.domain.security.ApiKey;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** An API key as listed: never its secret. */
@Serdeable
public record KeyResponse(String id, String workspace, String name, String role, Instant createdAt, Instant expiresAt,
                          Instant revokedAt, Instant lastUsedAt) {

    public static KeyResponse from(ApiKey k) {
        return new KeyResponse(k.id().value(), k.workspace().value(), k.name(), k.role().wireName(), k.createdAt(), k.expiresAt(),
                k.revokedAt(), k.lastUsedAt());
    }
}
