package dev.leadscope.rest.security;

import dev.leadscope.rest.error.Problems;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Limits each authenticated caller (one API key or one token subject) to a token bucket; past it, 429 with
 * {@code Retry-After}. Runs after authentication; anonymous requests (health, the API description) are not limited.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class RateLimitFilter implements HttpServerFilter {
    private final SecuritySettings settings;
    private final TokenBuckets buckets;

    public RateLimitFilter(SecuritySettings settings) {
        this.settings = settings;
        this.buckets = new TokenBuckets(settings.requestsPerSecond(), settings.burst());
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Authentication> caller = request.getUserPrincipal(Authentication.class);
        if (settings.enabled() && caller.isPresent()) {
            long wait = buckets.take(caller.get().getName(), System.nanoTime());
            if (wait > 0) {
                return Publishers.just(Problems.response(request, HttpStatus.TOO_MANY_REQUESTS, "more than " + settings.burst()
                        + " requests at once or " + settings.requestsPerSecond() + " per second for this key; retry in " + wait + " s",
                                "authorization", "rate limit exceeded")
                        .header("Retry-After", Long.toString(wait)));
            }
        }
        return chain.proceed(request);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
