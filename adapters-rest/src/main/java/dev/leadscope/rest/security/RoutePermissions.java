package dev.leadscope.rest.security;

import static dev.leadscope.domain.security.Role.ANALYST;
import static dev.leadscope.domain.security.Role.INGEST;
import static dev.leadscope.domain.security.Role.SALES;

import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.meta.OpenApiController;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which roles may call which endpoint: the one place that says so (docs/security.md shows the same table).
 * Admin may call every endpoint, so it is not listed. An endpoint missing from the table is admin-only until it is
 * listed here; only health and the OpenAPI document are open to anonymous callers.
 */
public final class RoutePermissions {
    private static final Set<String> ANONYMOUS = Set.of("GET /health", "GET /health/{selector}", "GET " + OpenApiController.PATH);
    private static final Map<String, Set<Role>> TABLE = new LinkedHashMap<>();

    static {
        allow("GET /", ANALYST, SALES, INGEST);

        allow("POST /api/v1/accounts", INGEST);
        allow("PUT /api/v1/accounts/{id}", INGEST);
        allow("POST /api/v1/accounts/{id}/intent", INGEST);
        allow("GET /api/v1/accounts", ANALYST, SALES);
        allow("GET /api/v1/accounts/{id}", ANALYST, SALES);
        allow("GET /api/v1/accounts/{id}/score", ANALYST, SALES);

        allow("POST /api/v1/leads", INGEST);
        allow("PUT /api/v1/leads/{id}", INGEST);
        allow("GET /api/v1/leads", ANALYST, SALES);
        allow("GET /api/v1/leads/{id}", ANALYST, SALES);
        allow("GET /api/v1/leads/{id}/timeline", ANALYST, SALES);
        allow("GET /api/v1/leads/{id}/score", ANALYST, SALES);
        allow("GET /api/v1/leads/{id}/scores", ANALYST, SALES);
        allow("GET /api/v1/leads/{id}/qualification", ANALYST, SALES);
        allow("POST /api/v1/leads/{id}/notes", SALES);
        allow("POST /api/v1/leads/{id}/outcomes", SALES);
        allow("POST /api/v1/leads/{id}/feedback", SALES);
        allow("DELETE /api/v1/leads/{id}");

        allow("POST /api/v1/events", INGEST);
        allow("POST /api/v1/events/batch", INGEST);

        allow("POST /api/v1/imports", INGEST);
        allow("GET /api/v1/imports/{id}", INGEST, ANALYST);
        allow("GET /api/v1/imports/{id}/report", INGEST, ANALYST);

        allow("GET /api/v1/reps/{id}/queue", ANALYST, SALES);
        allow("POST /api/v1/leads/{id}/assign", SALES);

        allow("GET /api/v1/reports/reps", ANALYST);
        allow("GET /api/v1/reports/channels", ANALYST);
        allow("GET /api/v1/reports/exploration", ANALYST);

        allow("POST /api/v1/account-models", ANALYST);
        allow("GET /api/v1/account-models", ANALYST);
        allow("GET /api/v1/account-models/jobs/{id}", ANALYST);
        allow("GET /api/v1/account-models/{version}/report", ANALYST);
        allow("POST /api/v1/account-models/{version}/activate");
        allow("POST /api/v1/account-models/rollback");

        allow("POST /api/v1/models", ANALYST);
        allow("GET /api/v1/models", ANALYST);
        allow("GET /api/v1/models/jobs/{id}", ANALYST);
        allow("GET /api/v1/models/active/health", ANALYST);
        allow("GET /api/v1/models/challengers", ANALYST);
        allow("GET /api/v1/models/{version}", ANALYST);
        allow("GET /api/v1/models/{version}/report", ANALYST);
        allow("POST /api/v1/models/{version}/activate");
        allow("POST /api/v1/models/rollback");

        allow("GET /api/v1/rescoring", ANALYST);
        allow("POST /api/v1/rescoring");
        allow("GET /prometheus", ANALYST);

        allow("POST /api/v1/keys");
        allow("GET /api/v1/keys");
        allow("DELETE /api/v1/keys/{id}");
        allow("GET /api/v1/audit");

        allow("POST /api/v1/webhooks");
        allow("GET /api/v1/webhooks");
        allow("GET /api/v1/webhooks/{id}");
        allow("PATCH /api/v1/webhooks/{id}");
        allow("DELETE /api/v1/webhooks/{id}");
        allow("GET /api/v1/webhooks/{id}/deliveries");
        allow("POST /api/v1/webhooks/{id}/test");
        allow("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver");
    }

    private RoutePermissions() {
    }

    private static void allow(String route, Role... roles) {
        Set<Role> set = EnumSet.of(Role.ADMIN, roles);
        TABLE.put(route, Collections.unmodifiableSet(set));
    }

    /** Whether {@code method} on the route template {@code template} needs no credentials. */
    public static boolean anonymous(String method, String template) {
        return ANONYMOUS.contains(method + " " + template);
    }

    /** The roles that may call the route; empty when the route is not listed (then admin only). */
    public static Optional<Set<Role>> roles(String method, String template) {
        return Optional.ofNullable(TABLE.get(method + " " + template));
    }

    /** Whether any of {@code held} may call the route. */
    public static boolean permits(String method, String template, Set<Role> held) {
        Set<Role> allowed = roles(method, template).orElse(Set.of(Role.ADMIN));
        return held.stream().anyMatch(allowed::contains);
    }

    /** The whole table, route to roles, in declaration order: for the documentation test. */
    public static Map<String, Set<Role>> table() {
        return Collections.unmodifiableMap(TABLE);
    }
}
