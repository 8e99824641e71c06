package dev.leadscope.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.persistence.lead.JdbcLeads;
import dev.leadscope.persistence.testing.EmbeddedPostgresSupport;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Flyway migrations apply on a fresh PostgreSQL 15 database, wired the way other modules' tests wire it:
 * {@code @MicronautTest} with a {@link TestPropertyProvider} over {@link EmbeddedPostgresSupport}.
 */
@MicronautTest(environments = "test", startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresMigrationsTest implements TestPropertyProvider {
    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Inject
    Leads leads;

    @Override
    public Map<String, String> getProperties() {
        return EmbeddedPostgresSupport.datasourceProperties("migrations");
    }

    @Test
    void givenEmptyPostgresDatabase_whenContextStarts_thenEveryMigrationAppliedAndEveryTablePresent() throws SQLException {
        SchemaAssertions.assertMigrated(dataSource, resolver);
    }

    @Test
    void givenPersistenceOnTheClasspath_whenContextStarts_thenPortsAreServedByTheJdbcStores() {
        assertThat(leads).isInstanceOf(JdbcLeads.class);
    }
}
