package dev.leadscope.rest.wiring;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.rest.security.Principals;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Decides which workspace a request acts on: always the caller's own, from the API key or token that authenticated
 * it. No path, parameter or body can name another one.
 */
@Singleton
public class WorkspaceResolver {

    /** The workspace {@code request} acts on. */
    public WorkspaceId resolve(HttpRequest<?> request) {
        return caller(request).workspace();
    }

    /**
     * Who sent {@code request}.
     *
     * @throws IllegalStateException when the request was not authenticated (every route that acts on data requires it)
     */
    public Caller caller(HttpRequest<?> request) {
        return Principals.caller(request)
                .orElseThrow(() -> new IllegalStateException("request " + request.getPath() + " reached a controller without a caller"));
    }
}
