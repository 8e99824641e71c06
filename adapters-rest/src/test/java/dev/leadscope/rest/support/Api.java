package dev.leadscope.rest.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Sends raw JSON to the application under test and returns every answer, errors included, as a {@link Reply}. */
public final class Api {
    private final HttpClient client;
    private final JsonMapper json;

    public Api(HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    public Reply get(String path) {
        return send(HttpRequest.GET(path));
    }

    public Reply post(String path, String body) {
        return send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Reply put(String path, String body) {
        return send(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Reply send(MutableHttpRequest<?> request) {
        try {
            return reply(client.toBlocking().exchange(request, String.class));
        } catch (HttpClientResponseException e) {
            return reply(e.getResponse());
        }
    }

    private Reply reply(HttpResponse<?> response) {
        String raw = response.getBody(String.class).orElse("");
        Object body = null;
        if (!raw.isBlank() && (raw.startsWith("{") || raw.startsWith("["))) {
            try {
                body = json.readValue(raw.getBytes(StandardCharsets.UTF_8), Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Reply(response.getStatus().getCode(), response.getContentType().map(MediaType::toString).orElse(""), raw, body);
    }
}
