package dev.leadscope.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same user journey on a real PostgreSQL, chosen by configuration alone (URL and credentials in the environment). */
class PostgresJourneyIT extends ServiceJourney {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    Map<String, String> databaseEnvironment() {
        return Map.of(
                "LEADSCOPE_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "LEADSCOPE_DB_USER", "postgres",
                "LEADSCOPE_DB_PASSWORD", "postgres");
    }

    @Override
    String name() {
        return "postgres";
    }
}
