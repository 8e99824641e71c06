package dev.leadscope.rest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void givenPostgresUrlAndCredentials_whenReadFromEnvironment_thenDriverAndDialectFollow() {
        Map<String, Object> settings = DatabaseSettings.fromEnvironment(Map.of(
                "LEADSCOPE_DB_URL", "jdbc:postgresql://db:5432/leadscope",
                "LEADSCOPE_DB_USER", "scope",
                "LEADSCOPE_DB_PASSWORD", "secret"));

        assertThat(settings)
                .containsEntry("datasources.default.url", "jdbc:postgresql://db:5432/leadscope")
                .containsEntry("datasources.default.driver-class-name", "org.postgresql.Driver")
                .containsEntry("datasources.default.dialect", "POSTGRES")
                .containsEntry("datasources.default.username", "scope")
                .containsEntry("datasources.default.password", "secret");
    }

    @Test
    void givenH2Url_whenDerived_thenH2DriverAndDialect() {
        assertThat(DatabaseSettings.forUrl("jdbc:h2:mem:x"))
                .containsEntry("datasources.default.driver-class-name", "org.h2.Driver")
                .containsEntry("datasources.default.dialect", "H2");
    }

    @Test
    void givenNoUrl_whenReadFromEnvironment_thenNothingOverridesTheDefault() {
        assertThat(DatabaseSettings.fromEnvironment(Map.of("LEADSCOPE_DB_USER", "scope"))).isEmpty();
    }

    @Test
    void givenUnsupportedUrl_whenDerived_thenErrorNamesTheUrl() {
        assertThatThrownBy(() -> DatabaseSettings.forUrl("jdbc:mysql://db/leadscope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/leadscope");
    }
}
