package dev.leadscope.rest.security;

import dev.leadscope.domain.port.in.ManageKeysUseCase.IssuedKey;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A newly issued key with its secret token, shown this once. */
@Serdeable
public record IssuedKeyResponse(@Schema(description = "Send as 'Authorization: Bearer <token>'; it is not shown again") String token,
                                KeyResponse key) {

    public static IssuedKeyResponse from(IssuedKey issued) {
        return new IssuedKeyResponse(issued.token().text(), KeyResponse.from(issued.key()));
    }
}
