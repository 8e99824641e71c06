package dev.leadscope.rest.support;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Gives every request a test client sends the default workspace's admin key, unless the request carries its own
 * credentials or is marked {@link #ANONYMOUS}: existing tests keep calling the API as an administrator would.
 */
@ClientFilter(ClientFilter.MATCH_ALL_PATTERN)
public class DefaultKeyFilter {
    /** Request attribute that sends the request without any credentials. */
    public static final String ANONYMOUS = "leadscope.test.anonymous";

    private final TestKeys keys;

    public DefaultKeyFilter(TestKeys keys) {
        this.keys = keys;
    }

    @RequestFilter
    public void addKey(MutableHttpRequest<?> request) {
        if (request.getAttribute(ANONYMOUS).isPresent() || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                || request.getHeaders().contains("X-API-Key")) {
            return;
        }
        request.bearerAuth(keys.defaultAdmin());
    }
}
