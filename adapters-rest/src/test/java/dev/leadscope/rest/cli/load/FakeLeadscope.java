package dev.leadscope.rest.cli.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the service's HTTP API on loopback, with just the routes the load benchmark calls: it stores each
 * event and appends a score for its lead at once, answers score reads, histories, timelines and the model list.
 * It can answer the first requests 429, accept events without storing them, or hold every answer back.
 */
final class FakeLeadscope implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern LEAD = Pattern.compile("\"leadId\":\"([^\"]+)\"");

    final List<String> leads = new ArrayList<>();
    final Map<String, List<String>> events = new ConcurrentHashMap<>();
    final Map<String, List<Instant>> scores = new ConcurrentHashMap<>();
    final AtomicInteger posts = new AtomicInteger();
    final AtomicInteger reads = new AtomicInteger();
    volatile int throttleFirst;
    volatile int loseEvery;
    volatile long delayMillis;
    volatile boolean scoreEvents = true;
    /** Whether it answers GET /api/v1/rescoring (404 otherwise), and how many polls find it busy. */
    volatile boolean hasRescoring;
    final AtomicInteger busyPolls = new AtomicInteger();
    /** When set to n >= 0, the (n+1)-th score history read first stores a new score for its lead: a late rescoring. */
    final AtomicInteger lateScoreAfterPolls = new AtomicInteger(-1);
    /** The active model's version; null until a training job (which succeeds at its first poll) activates "v2". */
    volatile String activeModel = "v1";
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    FakeLeadscope(int leadCount) throws IOException {
        for (int i = 0; i < leadCount; i++) {
            leads.add("lead-" + i);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            String path = x.getRequestURI().getPath();
            String query = x.getRequestURI().getRawQuery();
            if (!"Bearer secret".equals(x.getRequestHeaders().getFirst("Authorization"))) {
                send(x, 401, "{\"title\":\"Unauthorized\"}");
            } else if (path.equals("/api/v1/events") && x.getRequestMethod().equals("POST")) {
                event(x, new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            } else if (path.equals("/api/v1/leads")) {
                int offset = Integer.parseInt(param(query, "offset", "0"));
                int limit = Integer.parseInt(param(query, "limit", "50"));
                List<String> page = leads.subList(Math.min(offset, leads.size()), Math.min(offset + limit, leads.size()));
                StringBuilder b = new StringBuilder("{\"items\":[");
                for (int i = 0; i < page.size(); i++) {
                    b.append(i == 0 ? "" : ",").append("{\"id\":\"").append(page.get(i)).append("\",\"title\":\"CTO\"}");
                }
                send(x, 200, b.append("],\"offset\":").append(offset).append(",\"limit\":").append(limit).append(",\"total\":")
                        .append(leads.size()).append(",\"hasMore\":").append(offset + page.size() < leads.size()).append('}').toString());
            } else if (path.equals("/api/v1/models") && x.getRequestMethod().equals("POST")) {
                send(x, 202, "{\"id\":\"job-1\",\"state\":\"queued\",\"progress\":0.0}");
            } else if (path.equals("/api/v1/models/jobs/job-1")) {
                activeModel = "v2";
                send(x, 200, "{\"id\":\"job-1\",\"state\":\"succeeded\",\"message\":\"done\",\"progress\":1.0}");
            } else if (path.equals("/api/v1/models")) {
                send(x, 200, activeModel == null ? "{\"active\":null,\"items\":[]}" : "{\"active\":\"" + activeModel + "\",\"items\":[]}");
            } else if (path.equals("/api/v1/rescoring") && hasRescoring) {
                boolean busy = busyPolls.getAndDecrement() > 0;
                send(x, 200, busy ? "{\"worker\":true,\"queueDepth\":5,\"queueCapacity\":100,\"pendingLeads\":3,"
                        + "\"bulk\":{\"state\":\"scoring\",\"total\":10,\"scored\":2}}"
                        : "{\"worker\":true,\"queueDepth\":0,\"queueCapacity\":100,\"pendingLeads\":0,\"bulk\":{\"state\":\"done\",\"total\":10,\"scored\":10}}");
            } else if (path.startsWith("/api/v1/leads/")) {
                String[] parts = path.split("/");
                String lead = URLDecoder.decode(parts[4], StandardCharsets.UTF_8);
                String what = parts[5];
                if (what.equals("score")) {
                    reads.incrementAndGet();
                    send(x, 200, "{\"leadId\":\"" + lead + "\",\"probability\":0.12,\"tier\":\"top\",\"scoredAt\":\"" + Instant.now() + "\"}");
                } else if (what.equals("scores")) {
                    if (lateScoreAfterPolls.getAndDecrement() == 0) {
                        scores.computeIfAbsent(lead, k -> new CopyOnWriteArrayList<>()).add(Instant.now());
                    }
                    StringBuilder b = new StringBuilder("{\"leadId\":\"" + lead + "\",\"items\":[");
                    List<Instant> s = scores.getOrDefault(lead, List.of());
                    for (int i = s.size() - 1; i >= 0; i--) {
                        b.append(i == s.size() - 1 ? "" : ",").append("{\"probability\":0.1,\"scoredAt\":\"").append(s.get(i)).append("\"}");
                    }
                    send(x, 200, b.append("]}").toString());
                } else {
                    StringBuilder b = new StringBuilder("{\"leadId\":\"" + lead + "\",\"entries\":[{\"kind\":\"note\",\"time\":\"2025-01-01T00:00:00Z\"}");
                    for (String id : events.getOrDefault(lead, List.of())) {
                        b.append(",{\"kind\":\"event\",\"time\":\"2025-01-01T00:00:00Z\",\"event\":{\"id\":\"").append(id).append("\",\"type\":\"x\"}}");
                    }
                    send(x, 200, b.append("]}").toString());
                }
            } else {
                send(x, 404, "{}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void event(HttpExchange x, String body) throws IOException {
        int n = posts.incrementAndGet();
        if (n <= throttleFirst) {
            x.getResponseHeaders().add("Retry-After", "0");
            send(x, 429, "{\"title\":\"Too Many Requests\"}");
            return;
        }
        Matcher id = ID.matcher(body);
        Matcher lead = LEAD.matcher(body);
        if (!id.find() || !lead.find()) {
            send(x, 400, "{\"title\":\"Bad Request\"}");
            return;
        }
        if (loseEvery == 0 || n % loseEvery != 0) {
            events.computeIfAbsent(lead.group(1), k -> new CopyOnWriteArrayList<>()).add(id.group(1));
            if (scoreEvents) {
                scores.computeIfAbsent(lead.group(1), k -> new CopyOnWriteArrayList<>()).add(Instant.now());
            }
        }
        send(x, 201, "{\"index\":0,\"eventId\":\"" + id.group(1) + "\",\"status\":\"accepted\",\"errors\":[]}");
    }

    private static String param(String query, String name, String fallback) {
        if (query != null) {
            for (String p : query.split("&")) {
                if (p.startsWith(name + "=")) {
                    return p.substring(name.length() + 1);
                }
            }
        }
        return fallback;
    }

    private static void send(HttpExchange x, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
