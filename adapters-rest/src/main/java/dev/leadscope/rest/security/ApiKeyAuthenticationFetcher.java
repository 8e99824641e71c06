package dev.leadscope.rest.security;

import dev.leadscope.domain.port.in.ManageKeysUseCase;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyToken;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.KeyCheck;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Authenticates requests that carry an API key, as {@code X-API-Key: <key>} or {@code Authorization: Bearer lsk_...}.
 * A key known in memory, its use recorded within the minute, is checked on the request's own thread; any other is
 * looked up on a blocking thread. A refused key leaves the request anonymous and notes why in the
 * request attribute {@value #REFUSAL}, which the 401 answer reports. Bearer tokens that are not API keys are left to
 * the JWT validator when tokens are enabled.
 */
@Singleton
public class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    /** Request attribute holding the {@link KeyCheck.Reason} of a refused credential. */
    public static final String REFUSAL = "leadscope.auth.refusal";
    /** The header that carries an API key by itself. */
    public static final String API_KEY_HEADER = "X-API-Key";

    private final ManageKeysUseCase keys;
    private final ExecutorService blocking;

    public ApiKeyAuthenticationFetcher(ManageKeysUseCase keys, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.keys = keys;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String presented = request.getHeaders().get(API_KEY_HEADER);
        if (presented == null) {
            String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
            if (authorization == null) {
                return Publishers.empty();
            }
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                request.setAttribute(REFUSAL, KeyCheck.Reason.MALFORMED);
                return Publishers.empty();
            }
            presented = authorization.substring(7).trim();
            if (!presented.startsWith(ApiKeyToken.PREFIX)) {
                request.setAttribute(REFUSAL, KeyCheck.Reason.MALFORMED);
                return Publishers.empty();
            }
        }
        String key = presented;
        // a key known in memory, its use recorded within the minute, is checked here, on the request's own thread
        Optional<KeyCheck> known = keys.authenticateFromMemory(key);
        if (known.isPresent()) {
            Authentication authentication = authentication(request, known.get());
            return authentication == null ? Publishers.empty() : Publishers.just(authentication);
        }
        CompletableFuture<Authentication> result = CompletableFuture.supplyAsync(() -> authentication(request, keys.authenticate(key)),
                blocking);
        return Publishers.fromCompletableFuture(() -> result);
    }

    /** The caller's authentication when the check accepted the key; null, with the reason noted on the request, when not. */
    private static Authentication authentication(HttpRequest<?> request, KeyCheck check) {
        if (check instanceof KeyCheck.Accepted accepted) {
            ApiKey k = accepted.key();
            return Principals.authentication(new Caller(k.workspace(), k.role(), "key:" + k.id().value()));
        }
        request.setAttribute(REFUSAL, ((KeyCheck.Refused) check).reason());
        return null;
    }
}
