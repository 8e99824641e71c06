package dev.leadscope.rest.config;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;

/**
 * Applies the database chosen by the environment ({@code LEADSCOPE_DB_URL} and credentials) to every
 * application context, however it is started, before any other configuration is read.
 */
@ContextConfigurer
public class DatabaseConfigurer implements ApplicationContextConfigurer {
    @Override
    public void configure(ApplicationContextBuilder builder) {
        var settings = DatabaseSettings.fromEnvironment(System.getenv());
        if (!settings.isEmpty()) {
            builder.properties(settings);
        }
    }
}
