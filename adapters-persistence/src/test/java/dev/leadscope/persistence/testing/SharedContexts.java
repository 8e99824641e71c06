package dev.leadscope.persistence.testing;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * One started application context per database for the whole test JVM: starting a context costs seconds,
 * so the contract tests of every port share it and keep apart by using a fresh workspace per test.
 */
public final class SharedContexts {
    private static ApplicationContext h2;
    private static ApplicationContext postgres;

    private SharedContexts() {
    }

    public static synchronized ApplicationContext h2() {
        if (h2 == null) {
            h2 = start(H2Support.datasourceProperties("contracts"));
        }
        return h2;
    }

    public static synchronized ApplicationContext postgres() {
        if (postgres == null) {
            postgres = start(EmbeddedPostgresSupport.datasourceProperties("contracts"));
        }
        return postgres;
    }

    private static ApplicationContext start(Map<String, String> properties) {
        ApplicationContext context = ApplicationContext.builder().environments("test").properties(new java.util.HashMap<String, Object>(properties)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "test-context-stop"));
        return context;
    }
}
