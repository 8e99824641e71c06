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
    private final String key;
    private final boolean anonymous;

    /** Requests with the default workspace's admin key (added by {@link DefaultKeyFilter}). */
    public Api(HttpClient client, JsonMapper json) {
        this(client, json, null, false);
    }

    private Api(HttpClient client, JsonMapper json, String key, boolean anonymous) {
        this.client = client;
        this.json = json;
        this.key = key;
        this.anonymous = anonymous;
    }

    /** The same API called with {@code token} as {@code Authorization: Bearer}. */
    public Api as(String token) {
        return new Api(client, json, token, false);
    }

    /** The same API called without any credentials. */
    public Api anonymous() {
        return new Api(client, json, null, true);
    }

    public Reply delete(String path) {
        return send(HttpRequest.DELETE(path));
    }

    public Reply get(String path) {
        return send(HttpRequest.GET(path));
    }

    public Reply post(String path, String body) {
        return send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Reply patch(String path, String body) {
        return send(HttpRequest.PATCH(path, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Reply put(String path, String body) {
        return send(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Reply send(MutableHttpRequest<?> request) {
        if (anonymous) {
            request.setAttribute(DefaultKeyFilter.ANONYMOUS, true);
        } else if (key != null) {
            request.bearerAuth(key);
        }
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
