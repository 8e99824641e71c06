package dev.leadscope.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.rest.support.Api;
import dev.leadscope.rest.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class ErrorShapesTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client, json);
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.raw()).startsWith("application/problem+json");
        assertThat(reply.body()).as(reply.raw()).isInstanceOf(Map.class);
        assertThat(reply.keys()).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
        assertThat(reply.text("type")).isEqualTo("https://leadscope.dev/problems/" + type);
        assertThat(reply.number("status")).isEqualTo(status);
        assertThat(reply.text("title")).isNotBlank();
        assertThat(reply.text("detail")).isNotBlank();
        assertThat(reply.at("errors")).isInstanceOf(java.util.List.class);
    }

    @Test
    void givenMalformedJson_whenPosted_thenProblemNamesTheBody() {
        Reply reply = api.post("/api/v1/accounts", "{\"name\": \"Acme\",");
        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.text("errors[0].field")).isEqualTo("body");
        assertThat(reply.text("instance")).isEqualTo("/api/v1/accounts");
    }

    @Test
    void givenWrongType_whenPosted_thenProblemNamesTheNestedField() {
        Reply reply = api.post("/api/v1/accounts", "{\"name\": \"Acme\", \"firmographics\": {\"employees\": \"many\"}}");
        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.text("errors[0].field")).isEqualTo("firmographics.employees");
        assertThat(reply.text("errors[0].reason")).isEqualTo("must be a whole number");
    }

    @Test
    void givenMissingField_whenPosted_thenProblemNamesIt() {
        Reply reply = api.post("/api/v1/accounts", "{\"domain\": \"acme.example\"}");
        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.text("errors[0].field")).isEqualTo("name");
    }

    @Test
    void givenInvalidValue_whenPosted_thenProblemNamesTheDomainField() {
        Reply reply = api.post("/api/v1/accounts", "{\"name\": \"Acme\", \"firmographics\": {\"employees\": -3}}");
        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.text("errors[0].field")).isEqualTo("firmographics.employees");
        assertThat(reply.text("errors[0].reason")).contains(">= 0");
    }

    @Test
    void givenUnknownRoute_whenRequested_thenNotFoundProblem() {
        Reply reply = api.get("/api/v1/nothing-here");
        assertProblem(reply, 404, "not-found");
    }

    @Test
    void givenWrongMethod_whenRequested_thenMethodNotAllowedProblem() {
        Reply reply = api.send(HttpRequest.DELETE("/api/v1/accounts"));
        assertProblem(reply, 405, "method-not-allowed");
    }

    @Test
    void givenTextBody_whenPosted_thenUnsupportedMediaTypeProblem() {
        Reply reply = api.send(HttpRequest.POST("/api/v1/accounts", "name=Acme").contentType(MediaType.TEXT_PLAIN_TYPE));
        assertProblem(reply, 415, "unsupported-media-type");
    }

    @Test
    void givenUnknownAccount_whenRead_thenNotFoundProblem() {
        Reply reply = api.get("/api/v1/accounts/missing-" + UUID.randomUUID());
        assertProblem(reply, 404, "not-found");
    }

    @Test
    void givenWrongQueryType_whenListed_thenProblemNamesTheParameter() {
        Reply reply = api.get("/api/v1/accounts?limit=many");
        assertProblem(reply, 400, "invalid-request");
        assertThat(reply.text("errors[0].field")).isEqualTo("limit");
        Reply tooBig = api.get("/api/v1/accounts?limit=5000");
        assertProblem(tooBig, 400, "invalid-request");
        assertThat(tooBig.text("errors[0].field")).isEqualTo("limit");
    }
}
