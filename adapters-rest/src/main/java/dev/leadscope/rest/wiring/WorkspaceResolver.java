package dev.leadscope.rest.wiring;

import dev.leadscope.domain.common.WorkspaceId;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Decides which workspace a request acts on. Every controller asks here, so that deriving the workspace
 * from the caller's credentials later changes this class only; today every request uses the default one.
 */
@Singleton
public class WorkspaceResolver {

    /** The workspace {@code request} acts on. */
    public WorkspaceId resolve(HttpRequest<?> request) {
        return WorkspaceId.DEFAULT;
    }
}
