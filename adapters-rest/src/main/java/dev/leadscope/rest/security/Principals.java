package dev.leadscope.rest.security;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a caller is carried through a request: an {@link Authentication} named by the actor ({@code key:<id>} or
 * {@code jwt:<sub>}), with its roles and a {@value #WORKSPACE} attribute. Both API keys and tokens become one.
 */
public final class Principals {
    /** The attribute that names the caller's workspace (also the JWT claim). */
    public static final String WORKSPACE = "workspace";

    private Principals() {
    }

    /** The authentication of a caller. */
    public static Authentication authentication(Caller caller) {
        return Authentication.build(caller.actor(), java.util.List.of(caller.role().wireName()),
                Map.of(WORKSPACE, caller.workspace().value()));
    }

    /** The roles an authentication holds that Leadscope knows; others are ignored. */
    public static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : authentication.getRoles()) {
            for (Role r : Role.values()) {
                if (r.wireName().equalsIgnoreCase(name)) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }

    /** The caller behind an authentication, or empty when it lacks a workspace or a known role. */
    public static Optional<Caller> caller(Authentication authentication) {
        Object workspace = authentication.getAttributes().get(WORKSPACE);
        Set<Role> roles = roles(authentication);
        if (!(workspace instanceof String text) || roles.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Caller(new WorkspaceId(text), roles.iterator().next(), authentication.getName()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The caller of an authenticated request. */
    public static Optional<Caller> caller(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).flatMap(Principals::caller);
    }
}
