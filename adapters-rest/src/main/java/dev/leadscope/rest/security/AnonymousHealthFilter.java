package dev.leadscope.rest.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Tells anonymous callers of {@code /health} only whether the service is UP or DOWN; the details (database, disk)
 * are for authenticated callers.
 */
@Filter("/health/**")
public class AnonymousHealthFilter implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (request.getUserPrincipal(Authentication.class).isPresent()) {
            return chain.proceed(request);
        }
        return Publishers.map(chain.proceed(request), response -> {
            Object body = response.getBody().orElse(null);
            if (body instanceof HealthResult result) {
                return response.body(Map.of("status", result.getStatus().getName()));
            }
            if (body instanceof Map<?, ?> map && map.containsKey("status")) {
                return response.body(Map.of("status", String.valueOf(map.get("status"))));
            }
            return response;
        });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
