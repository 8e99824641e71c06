package dev.leadscope.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.leadscope.domain.webhook.SendResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDK sender posts the body and headers as given, reports status codes, and turns refusals and slow receivers into failures. */
class JdkWebhookSenderTest {
    /** Generous timeouts: the machine running the tests may be busy. */
    private final JdkWebhookSender sender = new JdkWebhookSender(Duration.ofSeconds(5), Duration.ofSeconds(10));
    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> signature = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            signature.set(exchange.getRequestHeaders().getFirst("Leadscope-Signature"));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/ok");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void givenReceiver_whenPosted_thenItGetsTheBodyAndHeadersAndItsStatusIsReported() {
        SendResult result = sender.post(url("/ok"), Map.of("Leadscope-Signature", "t=1,v1=ab"), "{\"id\":\"évt\"}");

        assertThat(result).isInstanceOfSatisfying(SendResult.Answered.class, a -> assertThat(a.status()).isEqualTo(202));
        assertThat(body.get()).isEqualTo("{\"id\":\"évt\"}");
        assertThat(signature.get()).isEqualTo("t=1,v1=ab");
    }

    @Test
    void givenRedirect_thenNotFollowed() {
        SendResult result = sender.post(url("/moved"), Map.of(), "{}");

        assertThat(result).isInstanceOfSatisfying(SendResult.Answered.class, a -> assertThat(a.delivered()).isFalse());
        assertThat(body.get()).isNull();
    }

    @Test
    void givenSlowReceiver_thenTheReadTimeoutEndsTheAttempt() {
        JdkWebhookSender impatient = new JdkWebhookSender(Duration.ofSeconds(5), Duration.ofMillis(300));

        SendResult result = impatient.post(url("/slow"), Map.of(), "{}");

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, f -> assertThat(f.error()).startsWith("timed out"));
    }

    @Test
    void givenNobodyListening_thenAFailureNamesTheError() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        SendResult result = sender.post(URI.create("http://127.0.0.1:" + port + "/x"), Map.of(), "{}");

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, f -> assertThat(f.error()).contains("ConnectException"));
    }
}
