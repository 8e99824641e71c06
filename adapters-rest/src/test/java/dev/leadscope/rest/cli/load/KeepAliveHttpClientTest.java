package dev.leadscope.rest.cli.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeepAliveHttpClientTest {
    /** What one request came as: its head (request line and headers) and body. */
    record Seen(String head, String body) {
    }

    /** What a request ended with. */
    record Outcome(int status, String retryAfter, Throwable failure) {
    }

    /**
     * A raw HTTP/1.1 server on loopback: reads each request on a kept-alive connection and writes whatever bytes the
     * test's script returns for it (null closes the connection without answering).
     */
    static final class ScriptedServer implements AutoCloseable {
        final ServerSocket socket;
        final Queue<Seen> seen = new ConcurrentLinkedQueue<>();
        final AtomicInteger connections = new AtomicInteger();
        private final Function<Seen, String> script;

        /**
         * A server that answers the request numbered {@code which} (from 0) with {@code that} (null: drops the
         * connection instead) and every other request with {@code others}.
         */
        static ScriptedServer answering(int which, String that, String others) throws IOException {
            AtomicInteger n = new AtomicInteger();
            return new ScriptedServer(r -> n.getAndIncrement() == which ? that : others);
        }

        ScriptedServer(Function<Seen, String> script) throws IOException {
            this.script = script;
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "scripted-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    connections.incrementAndGet();
                    Thread t = new Thread(() -> serve(client));
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket client) {
            try (client) {
                InputStream in = client.getInputStream();
                OutputStream out = client.getOutputStream();
                while (true) {
                    String head = readHead(in);
                    if (head == null) {
                        return;
                    }
                    int length = 0;
                    for (String line : head.split("\r\n")) {
                        if (line.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(line.substring(15).trim());
                        }
                    }
                    Seen request = new Seen(head, new String(in.readNBytes(length), StandardCharsets.UTF_8));
                    seen.add(request);
                    String answer = script.apply(request);
                    if (answer == null) {
                        return;
                    }
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    if (answer.contains("Connection: close") || !answer.contains("Content-Length") && !answer.contains("chunked")) {
                        return;
                    }
                }
            } catch (IOException ignored) {
                // the client went away
            }
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                head.write(b);
                matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
                if (matched == 4) {
                    return head.toString(StandardCharsets.ISO_8859_1);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private KeepAliveHttpClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
    }

    private Outcome call(ScriptedServer server, KeepAliveHttpClient.Request request) throws InterruptedException {
        if (client == null) {
            client = new KeepAliveHttpClient(server.url(), "k3y", 1, 10, Duration.ofSeconds(2), "test-http");
        }
        BlockingQueue<Outcome> done = new ArrayBlockingQueue<>(1);
        client.submit(request, (status, retryAfter, failure) -> done.add(new Outcome(status, retryAfter, failure)));
        Outcome outcome = done.poll(10, TimeUnit.SECONDS);
        assertThat(outcome).as("an answer within 10 s").isNotNull();
        return outcome;
    }

    private static String answer(int status, String headers, String body) {
        return "HTTP/1.1 " + status + " X\r\n" + headers + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n" + body;
    }

    @Test
    void givenRequestsOnOneConnection_whenAnswered_thenTheConnectionIsKeptAndTheRequestsCarryTheirHeadersAndBody() throws Exception {
        try (ScriptedServer server = new ScriptedServer(r -> answer(r.head().startsWith("POST") ? 202 : 200, "", "{\"ok\":true}"))) {
            assertThat(call(server, KeepAliveHttpClient.Request.get("/api/v1/leads/a%20b/score")).status()).isEqualTo(200);
            assertThat(call(server, KeepAliveHttpClient.Request.postJson("/api/v1/events", "{\"id\":\"é\"}")).status()).isEqualTo(202);
            assertThat(server.connections.get()).isEqualTo(1);
            List<Seen> seen = List.copyOf(server.seen);
            assertThat(seen.get(0).head()).startsWith("GET /api/v1/leads/a%20b/score HTTP/1.1\r\n")
                    .contains("\r\nHost: 127.0.0.1:" + server.socket.getLocalPort() + "\r\n").contains("\r\nAuthorization: Bearer k3y\r\n")
                    .doesNotContain("Content-Length");
            assertThat(seen.get(1).head()).startsWith("POST /api/v1/events HTTP/1.1\r\n").contains("Content-Type: application/json\r\n")
                    .contains("Content-Length: 11\r\n");
            assertThat(seen.get(1).body()).isEqualTo("{\"id\":\"é\"}");
        }
    }

    @Test
    void givenChunkedAndInterimAnswers_whenRead_thenTheNextAnswerOnTheConnectionIsReadWhole() throws Exception {
        String interimThenChunked = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;ext=1\r\nabcd\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nTrailer: x\r\n\r\n";
        try (ScriptedServer server = ScriptedServer.answering(0, interimThenChunked, answer(404, "", "{}"))) {
            assertThat(call(server, KeepAliveHttpClient.Request.get("/a")).status()).isEqualTo(200);
            assertThat(call(server, KeepAliveHttpClient.Request.get("/b")).status()).isEqualTo(404);
            assertThat(server.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void givenAThrottledAnswer_whenRead_thenItsRetryAfterIsGivenAndTheNextAnswerHasNone() throws Exception {
        try (ScriptedServer server = ScriptedServer.answering(0,
                answer(429, "retry-after: 0.5\r\n", "{\"title\":\"Too Many Requests\"}"), answer(200, "", ""))) {
            Outcome throttled = call(server, KeepAliveHttpClient.Request.get("/a"));
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.retryAfter()).isEqualTo("0.5");
            assertThat(call(server, KeepAliveHttpClient.Request.get("/a")).retryAfter()).isNull();
        }
    }

    @Test
    void givenAnswersThatCloseTheConnection_whenTheNextRequestComes_thenANewConnectionIsOpened() throws Exception {
        try (ScriptedServer server = ScriptedServer.answering(0,
                answer(200, "Connection: close\r\n", "{}"), "HTTP/1.1 200 OK\r\n\r\nbody to the end of the stream")) {
            assertThat(call(server, KeepAliveHttpClient.Request.get("/a")).status()).isEqualTo(200);
            assertThat(call(server, KeepAliveHttpClient.Request.get("/a")).status()).isEqualTo(200);
            assertThat(call(server, KeepAliveHttpClient.Request.get("/a")).status()).isEqualTo(200);
            assertThat(server.connections.get()).isEqualTo(3);
        }
    }

    @Test
    void givenAKeptConnectionTheServiceDropped_whenAGetIsSent_thenItIsSentOnceMoreOnANewConnection() throws Exception {
        try (ScriptedServer server = ScriptedServer.answering(1, null, answer(200, "", "{}"))) {
            assertThat(call(server, KeepAliveHttpClient.Request.get("/a")).status()).isEqualTo(200);
            assertThat(call(server, KeepAliveHttpClient.Request.get("/b")).status()).isEqualTo(200);
            assertThat(server.seen).hasSize(3);
            assertThat(server.connections.get()).isEqualTo(2);
        }
    }

    @Test
    void givenAKeptConnectionTheServiceDropped_whenAPostIsSent_thenItFailsRatherThanRiskSendingItTwice() throws Exception {
        try (ScriptedServer server = ScriptedServer.answering(1, null, answer(202, "", "{}"))) {
            assertThat(call(server, KeepAliveHttpClient.Request.postJson("/e", "{}")).status()).isEqualTo(202);
            Outcome dropped = call(server, KeepAliveHttpClient.Request.postJson("/e", "{}"));
            assertThat(dropped.failure()).hasMessageContaining("closed the connection before answering");
            assertThat(dropped.status()).isZero();
            assertThat(call(server, KeepAliveHttpClient.Request.postJson("/e", "{}")).status()).isEqualTo(202);
            assertThat(server.seen).hasSize(3);
        }
    }

    @Test
    void givenAServiceThatDoesNotAnswer_whenTheTimeoutPasses_thenTheRequestFailsWithATimeout() throws Exception {
        try (ScriptedServer server = new ScriptedServer(r -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer(200, "", "");
        })) {
            client = new KeepAliveHttpClient(server.url(), null, 1, 10, Duration.ofMillis(300), "test-http");
            Outcome outcome = call(server, KeepAliveHttpClient.Request.get("/slow"));
            assertThat(outcome.failure()).isInstanceOf(SocketTimeoutException.class);
            assertThat(server.seen.peek().head()).doesNotContain("Authorization");
        }
    }

    @Test
    void givenAnAnswerThatIsNotHttp_whenRead_thenTheRequestFailsNamingWhatCame() throws Exception {
        try (ScriptedServer server = new ScriptedServer(r -> "SSH-2.0-OpenSSH\r\n\r\n")) {
            Outcome outcome = call(server, KeepAliveHttpClient.Request.get("/a"));
            assertThat(outcome.failure()).hasMessageContaining("not an HTTP status line: SSH-2.0-OpenSSH");
        }
    }

    @Test
    void givenABadUrlOrRequest_thenRefusedWithTheReason() {
        assertThatThrownBy(() -> new KeepAliveHttpClient(URI.create("ftp://host:21"), null, 1, 1, Duration.ofSeconds(1), "x"))
                .hasMessageContaining("must be http://host:port or https://host:port: ftp://host:21");
        assertThatThrownBy(() -> new KeepAliveHttpClient(URI.create("http://host:1"), null, 0, 1, Duration.ofSeconds(1), "x"))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> KeepAliveHttpClient.Request.get("no-slash")).hasMessageContaining("starting with '/'");
    }
}
