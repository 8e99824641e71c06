package dev.leadscope.persistence.testing;

import java.util.Map;

/** Micronaut properties for an in-memory H2 database in PostgreSQL mode, as the application configures it. */
public final class H2Support {
    public static final String URL_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private H2Support() {
    }

    /** Properties that point {@code datasources.default} at in-memory database {@code name} and run the migrations. */
    public static Map<String, String> datasourceProperties(String name) {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:" + name + URL_OPTIONS,
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.h2.Driver",
                "datasources.default.dialect", "H2",
                "datasources.default.maximum-pool-size", "6",
                "flyway.datasources.default.enabled", "true");
    }
}
