package dev.leadscope.rest.security;

import dev.leadscope.domain.security.KeyCheck;
import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.error.Problem;
import dev.leadscope.rest.error.Problems;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers refused requests as problems: 401 with {@code WWW-Authenticate} when no valid credential came (saying
 * whether it was missing, unknown, revoked or expired), 403 naming the roles the endpoint needs otherwise.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
        if (e.isForbidden()) {
            String needed = RoleRule.template(request)
                    .map(t -> RoutePermissions.roles(request.getMethodName(), t).orElse(Set.of(Role.ADMIN)))
                    .map(roles -> roles.stream().map(Role::wireName).sorted().collect(Collectors.joining(", ")))
                    .orElse("admin");
            String held = e.getAuthentication() == null ? "none" : Principals.roles(e.getAuthentication()).stream()
                    .map(Role::wireName).collect(Collectors.joining(", "));
            return Problems.response(request, HttpStatus.FORBIDDEN, request.getMethodName() + " " + request.getPath()
                    + " needs one of the roles: " + needed + "; the caller has: " + held, "role", "needs one of: " + needed);
        }
        Object refusal = request.getAttribute(ApiKeyAuthenticationFetcher.REFUSAL).orElse(null);
        boolean presented = refusal != null || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                || request.getHeaders().contains(ApiKeyAuthenticationFetcher.API_KEY_HEADER);
        String detail = refusal instanceof KeyCheck.Reason reason ? reason.message()
                : presented ? "the credential is not a valid API key or token"
                : "an API key is required: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'";
        String challenge = presented ? "Bearer realm=\"leadscope\", error=\"invalid_token\"" : "Bearer realm=\"leadscope\"";
        return Problems.response(request, HttpStatus.UNAUTHORIZED, detail, "authorization", detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }
}
