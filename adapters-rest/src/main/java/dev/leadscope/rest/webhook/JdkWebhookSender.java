package dev.leadscope.rest.webhook;

import dev.leadscope.domain.port.out.WebhookSender;
import dev.leadscope.domain.webhook.SendResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends webhooks with the JDK's HTTP client over HTTP/1.1: a connect timeout, a timeout for the answer's headers, no
 * redirects followed (a 3xx is a failed attempt), and the answer's body read and dropped.
 */
public final class JdkWebhookSender implements WebhookSender {
    static final String USER_AGENT = "Leadscope-Webhooks/1";

    private final HttpClient client;
    private final Duration readTimeout;

    public JdkWebhookSender(Duration connectTimeout, Duration readTimeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = readTimeout;
    }

    @Override
    public SendResult post(URI url, Map<String, String> headers, String body) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(readTimeout).header("User-Agent", USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(request::header);
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new SendResult.Answered(response.statusCode(), since(start));
        } catch (HttpTimeoutException e) {
            return new SendResult.Failed("timed out: " + e.getMessage(), since(start));
        } catch (IOException | IllegalArgumentException e) {
            return new SendResult.Failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Failed("interrupted", since(start));
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
