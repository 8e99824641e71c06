package dev.leadscope.rest.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.Role;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;

/**
 * Turns a signed, unexpired JWT into a caller: {@code sub} is the actor, the {@code workspace} claim the workspace,
 * and the first Leadscope role in the {@code roles} claim the role. A token without a workspace or a known role is
 * refused (401), never let in with a default.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class ClaimsAuthenticationFactory implements JwtAuthenticationFactory {

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            String subject = claims.getSubject();
            String workspace = claims.getStringClaim(Principals.WORKSPACE);
            List<String> roles = claims.getStringListClaim("roles");
            if (subject == null || subject.isBlank() || workspace == null || roles == null) {
                return Optional.empty();
            }
            for (Role r : Role.values()) {
                if (roles.stream().anyMatch(r.wireName()::equalsIgnoreCase)) {
                    return Optional.of(Principals.authentication(new Caller(new WorkspaceId(workspace), r, "jwt:" + subject)));
                }
            }
            return Optional.empty();
        } catch (ParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
