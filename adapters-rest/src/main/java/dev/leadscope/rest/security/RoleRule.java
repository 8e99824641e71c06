package dev.leadscope.rest.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Decides every request from {@link RoutePermissions}: anonymous routes pass; everything else needs a caller with a
 * workspace, and a role the table allows for the matched route. A path that matches no route is let through for
 * authenticated callers only, so that they get 404 and anonymous callers 401.
 */
@Singleton
public class RoleRule implements SecurityRule<HttpRequest<?>> {
    /** Before the framework's own rules, so this table decides alone. */
    public static final int ORDER = -1000;

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        return Publishers.just(decide(request, authentication));
    }

    private static SecurityRuleResult decide(HttpRequest<?> request, Authentication authentication) {
        Optional<String> template = template(request);
        String method = request.getMethodName();
        if (template.isPresent() && RoutePermissions.anonymous(method, template.get())) {
            return SecurityRuleResult.ALLOWED;
        }
        if (authentication == null || Principals.caller(authentication).isEmpty()) {
            return SecurityRuleResult.REJECTED;
        }
        if (template.isEmpty()) {
            return SecurityRuleResult.ALLOWED;
        }
        return RoutePermissions.permits(method, template.get(), Principals.roles(authentication))
                ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED;
    }

    /** The matched route's URI template, such as {@code /api/v1/leads/{id}}. */
    static Optional<String> template(HttpRequest<?> request) {
        Optional<RouteMatch<?>> match = RouteAttributes.getRouteMatch(request);
        if (match.isPresent() && match.get() instanceof UriRouteMatch<?, ?> uri) {
            String t = uri.getRouteInfo().getUriMatchTemplate().toString();
            int query = t.indexOf("{?");
            t = query >= 0 ? t.substring(0, query) : t;
            return Optional.of(t.length() > 1 && t.endsWith("/") ? t.substring(0, t.length() - 1) : t);
        }
        return Optional.empty();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
