package dev.leadscope.rest.cli;

import dev.leadscope.rest.config.DatabaseSettings;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The database options of commands that open a database themselves ({@code import}, {@code bench ingest}):
 * a JDBC URL and credentials, defaulting to {@code LEADSCOPE_DB_URL}, {@code LEADSCOPE_DB_USER} and
 * {@code LEADSCOPE_DB_PASSWORD} like the service; without a URL the command uses the embedded H2.
 */
public final class DatabaseOptions {
    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:LEADSCOPE_DB_URL}",
            description = "Use this database (jdbc:postgresql:... or jdbc:h2:...); default: $LEADSCOPE_DB_URL, else the embedded H2")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:LEADSCOPE_DB_USER}",
            description = "Database user (default: $LEADSCOPE_DB_USER)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:LEADSCOPE_DB_PASSWORD}",
            description = "Database password (default: $LEADSCOPE_DB_PASSWORD)")
    String password;

    /** Whether a database other than the embedded H2 was chosen. */
    boolean chosen() {
        return url != null && !url.isBlank();
    }

    /** The datasource properties of the chosen database; empty when none was chosen. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        if (chosen()) {
            properties.putAll(DatabaseSettings.forUrl(url));
            if (user != null) {
                properties.put(DatabaseSettings.USERNAME, user);
            }
            if (password != null) {
                properties.put(DatabaseSettings.PASSWORD, password);
            }
        }
        return properties;
    }
}
