package dev.leadscope.rest.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Derives the datasource settings that follow from a JDBC URL (driver class and SQL dialect), so that
 * choosing PostgreSQL takes only a URL and credentials.
 */
public final class DatabaseSettings {
    public static final String URL = "datasources.default.url";
    public static final String DRIVER = "datasources.default.driver-class-name";
    public static final String DIALECT = "datasources.default.dialect";
    public static final String USERNAME = "datasources.default.username";
    public static final String PASSWORD = "datasources.default.password";

    /** Environment variables a user sets to choose the database. */
    public static final String ENV_URL = "LEADSCOPE_DB_URL";
    public static final String ENV_USER = "LEADSCOPE_DB_USER";
    public static final String ENV_PASSWORD = "LEADSCOPE_DB_PASSWORD";

    private DatabaseSettings() {
    }

    /** The driver class and dialect for {@code url}; throws naming the URL when no supported database uses it. */
    public static Map<String, Object> forUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(URL, url.strip());
        if (lower.startsWith("jdbc:postgresql:")) {
            settings.put(DRIVER, "org.postgresql.Driver");
            settings.put(DIALECT, "POSTGRES");
        } else if (lower.startsWith("jdbc:h2:")) {
            settings.put(DRIVER, "org.h2.Driver");
            settings.put(DIALECT, "H2");
        } else {
            throw new IllegalArgumentException("database URL must start with jdbc:postgresql: or jdbc:h2: but was '" + url + "'");
        }
        return settings;
    }

    /**
     * The settings the environment asks for: with {@value #ENV_URL} set, its URL, driver, dialect and the
     * credentials in {@value #ENV_USER} and {@value #ENV_PASSWORD}; otherwise none (the configured default applies).
     */
    public static Map<String, Object> fromEnvironment(Map<String, String> env) {
        String url = env.get(ENV_URL);
        if (url == null || url.isBlank()) {
            return Map.of();
        }
        Map<String, Object> settings = new LinkedHashMap<>(forUrl(url));
        if (env.get(ENV_USER) != null) {
            settings.put(USERNAME, env.get(ENV_USER));
        }
        if (env.get(ENV_PASSWORD) != null) {
            settings.put(PASSWORD, env.get(ENV_PASSWORD));
        }
        return settings;
    }
}
