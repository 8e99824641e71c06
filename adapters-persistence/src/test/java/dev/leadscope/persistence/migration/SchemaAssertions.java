package dev.leadscope.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import io.micronaut.jdbc.DataSourceResolver;
import javax.sql.DataSource;

/** Checks, on any database, that the Flyway migrations ran and left every table the stores use. */
final class SchemaAssertions {
    static final List<String> TABLES = List.of("accounts", "activity_events", "intent_signals", "lead_scores", "leads", "notes",
            "outcomes", "rep_feedback", "api_keys", "audit_log", "webhook_subscriptions", "webhook_deliveries",
            "rescoring_pending", "rescoring_lead_states", "rescoring_account_states",
            "model_health_runs", "challenger_decisions", "shadow_scores");

    private SchemaAssertions() {
    }

    static void assertMigrated(DataSource dataSource, DataSourceResolver resolver) throws SQLException {
        try (Connection c = resolver.resolve(dataSource).getConnection(); Statement s = c.createStatement()) {
            List<String> versions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
                while (rs.next()) {
                    assertThat(rs.getBoolean(2)).as("migration %s succeeded", rs.getString(1)).isTrue();
                    versions.add(rs.getString(1));
                }
            }
            assertThat(versions).startsWith("1");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT LOWER(table_name) FROM information_schema.tables"
                    + " WHERE LOWER(table_schema) = 'public' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).containsAll(TABLES);
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE workspace_id = 'no-such-workspace'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isZero();
                }
            }
        }
    }
}
