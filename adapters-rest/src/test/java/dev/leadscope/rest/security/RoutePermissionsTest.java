package dev.leadscope.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The role table in docs/security.md is the one the code enforces, row for row. */
class RoutePermissionsTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE|PATCH) ([^`]+)` \\| ([^|]+) \\|");

    @Test
    void theDocumentedTableIsTheEnforcedTable() throws IOException {
        Map<String, Set<Role>> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../docs/security.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String name : m.group(3).split(",")) {
                    roles.add(Role.parse("role", name.strip()));
                }
                documented.put(m.group(1) + " " + m.group(2), roles);
            }
        }
        assertThat(documented).isEqualTo(RoutePermissions.table());
    }

    @Test
    void adminMayCallEverythingAndUnlistedRoutesAreAdminOnly() {
        assertThat(RoutePermissions.table().values()).allSatisfy(roles -> assertThat(roles).contains(Role.ADMIN));
        assertThat(RoutePermissions.permits("GET", "/api/v1/not-listed", EnumSet.of(Role.ANALYST, Role.SALES, Role.INGEST))).isFalse();
        assertThat(RoutePermissions.permits("GET", "/api/v1/not-listed", EnumSet.of(Role.ADMIN))).isTrue();
        assertThat(RoutePermissions.table().entrySet().stream().filter(e -> e.getValue().equals(EnumSet.of(Role.ADMIN)))
                .map(Map.Entry::getKey).collect(Collectors.toSet()))
                .contains("POST /api/v1/keys", "DELETE /api/v1/leads/{id}", "POST /api/v1/models/{version}/activate", "GET /api/v1/audit");
    }
}
