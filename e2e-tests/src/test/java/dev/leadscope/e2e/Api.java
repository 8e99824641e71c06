package dev.leadscope.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client for driving the running service in tests. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String key;

    /** Calls without credentials. */
    Api(URI base) {
        this(base, null);
    }

    /** Calls with {@code key} as {@code Authorization: Bearer}. */
    Api(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    /** The same service called with another key. */
    Api as(String otherKey) {
        return new Api(base, otherKey);
    }

    /** A response: status, content type and parsed body (a missing node when the body is empty or not JSON). */
    record Response(int status, String contentType, String raw, JsonNode body, java.net.http.HttpHeaders headers) {
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Response post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    Response put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
            } catch (IOException notJson) {
                body = JSON.missingNode();
            }
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), body, r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
