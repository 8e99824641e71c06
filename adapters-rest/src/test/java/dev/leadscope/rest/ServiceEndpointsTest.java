package dev.leadscope.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

@MicronautTest
class ServiceEndpointsTest extends ApiTestBase {

    @Test
    void givenRunningService_whenHealthAsked_thenUpWithDatabase() {
        Reply health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.raw()).contains("jdbc");
    }

    @Test
    void givenRunningService_whenOpenApiAsked_thenDocumentDescribesEveryEndpoint() {
        Reply doc = api.get("/api/v1/openapi.yml");

        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.contentType()).startsWith("application/yaml");
        assertThat(doc.raw()).startsWith("openapi: 3")
                .contains("title: Leadscope API")
                .contains("/api/v1/accounts:", "/api/v1/accounts/{id}:", "/api/v1/accounts/{id}/intent:")
                .contains("/api/v1/leads:", "/api/v1/leads/{id}:", "/api/v1/leads/{id}/notes:", "/api/v1/leads/{id}/outcomes:",
                        "/api/v1/leads/{id}/feedback:", "/api/v1/leads/{id}/timeline:")
                .contains("/api/v1/events:", "/api/v1/events/batch:")
                .contains("EventBatchRequest", "AccountRequest", "LeadResponse");
    }

    @Test
    void givenRunningService_whenRootAsked_thenItPointsToTheApiAndItsDescription() {
        Reply root = api.get("/");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.text("name")).isEqualTo("leadscope");
        assertThat(root.text("openapi")).isEqualTo("/api/v1/openapi.yml");
        assertThat(root.text("health")).isEqualTo("/health");
        assertThat(root.text("version")).isNotBlank();
    }
}
