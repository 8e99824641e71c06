package dev.leadscope.rest;

import dev.leadscope.rest.config.DatabaseSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import java.util.HashMap;
import java.util.Map;

/** Starts the Leadscope service: the HTTP API on the configured port, on the configured database. */
@OpenAPIDefinition(info = @Info(
        title = "Leadscope API",
        version = "v1",
        description = "Self-hosted machine-learning lead scoring: accounts, leads, activity events, intent, notes, outcomes and feedback.",
        license = @License(name = "Apache-2.0")))
public final class Application {
    private Application() {
    }

    /**
     * Starts the application context and the HTTP server with {@code properties} over the configuration
     * files and environment. The caller closes the returned context to stop the service.
     */
    public static ApplicationContext serve(Map<String, Object> properties) {
        return Micronaut.build(new String[0])
                .mainClass(Application.class)
                .banner(false)
                .properties(withDatabase(properties))
                .start();
    }

    /**
     * Starts the application context without the HTTP server, for command-line tools that work on the same
     * database (imports, benchmarks). The caller closes it.
     */
    public static ApplicationContext context(Map<String, Object> properties) {
        Map<String, Object> all = withDatabase(properties);
        all.putIfAbsent("leadscope.jobs.enabled", false); // the scheduled learning loop runs in the service only
        return ApplicationContext.builder(Application.class)
                .banner(false)
                .properties(all)
                .start();
    }

    /** {@code properties}, plus the driver and dialect that an explicitly given database URL implies. */
    private static Map<String, Object> withDatabase(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        Object url = properties.get(DatabaseSettings.URL);
        if (url != null) {
            DatabaseSettings.forUrl(url.toString()).forEach(all::putIfAbsent);
        }
        return all;
    }
}
