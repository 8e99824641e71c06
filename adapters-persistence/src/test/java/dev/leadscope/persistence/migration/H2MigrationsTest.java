package dev.leadscope.persistence.migration;

import dev.leadscope.persistence.testing.SharedContexts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The Flyway migrations apply on H2 in PostgreSQL mode. */
class H2MigrationsTest {
    @Test
    void givenEmptyH2Database_whenContextStarts_thenEveryMigrationAppliedAndEveryTablePresent() throws SQLException {
        ApplicationContext h2 = SharedContexts.h2();
        SchemaAssertions.assertMigrated(h2.getBean(DataSource.class), h2.getBean(DataSourceResolver.class));
    }
}
