package dev.leadscope.rest.cli.load;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few calls of the public HTTP API the load benchmark makes besides its load: list leads, read a lead's score
 * history and timeline, find the active model and train one. Blocking; thread-safe. Reads only the fields it needs,
 * so the service may add others.
 */
public final class ServiceClient {
    private final URI base;
    private final String apiKey;
    private final HttpClient http;
    private final ObjectMapper json = ObjectMapper.getDefault();

    public ServiceClient(URI base, String apiKey, HttpClient http) {
        this.base = base;
        this.apiKey = apiKey;
        this.http = http;
    }

    @Serdeable
    record LeadRef(String id) {
    }

    @Serdeable
    record LeadPage(List<LeadRef> items, long total, boolean hasMore) {
    }

    @Serdeable
    record Scored(String scoredAt) {
    }

    @Serdeable
    record ScoreHistory(List<Scored> items) {
    }

    @Serdeable
    record EventRef(String id) {
    }

    @Serdeable
    record TimelineEntry(String kind, @Nullable EventRef event) {
    }

    @Serdeable
    record Timeline(List<TimelineEntry> entries) {
    }

    @Serdeable
    record Models(@Nullable String active) {
    }

    /** A training job as polled: its state, step and share done; the error's text when it failed. */
    @Serdeable
    public record TrainingJob(String id, String state, @Nullable String message, double progress, @Nullable java.util.Map<String, Object> error) {
        public boolean finished() {
            return "succeeded".equals(state) || "failed".equals(state);
        }
    }

    /**
     * Where the service's real-time rescoring stands ({@code GET /api/v1/rescoring}): events queued, leads pending, and
     * the state of the latest bulk rescoring (queued, running, rescoring, done, failed; null when none ran).
     */
    @Serdeable
    public record RescoringStatus(@Nullable Long queueDepth, @Nullable Long pendingLeads, @Nullable Bulk bulk) {
        /** A bulk rescoring's state and progress. */
        @Serdeable
        public record Bulk(@Nullable String state, @Nullable Integer total, @Nullable Integer scored) {
        }

        /** Nothing queued and no bulk rescoring under way. */
        public boolean idle() {
            boolean bulkOver = bulk == null || bulk.state() == null || "done".equals(bulk.state()) || "failed".equals(bulk.state());
            return bulkOver && (queueDepth == null || queueDepth == 0);
        }
    }

    /** The rescoring status, or empty when the service has no real-time rescoring (404). */
    public Optional<RescoringStatus> rescoringStatus() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request("/api/v1/rescoring").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        if (r.statusCode() != 200) {
            throw new ServiceException("GET /api/v1/rescoring", r.statusCode(), r.body());
        }
        return Optional.of(json.readValue(r.body(), RescoringStatus.class));
    }

    /** Up to {@code max} lead ids in the service's default order, and how many leads it holds in all. */
    public record Leads(List<String> ids, long total) {
    }

    public Leads leads(int max) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        long total = 0;
        while (ids.size() < max) {
            int limit = Math.min(1000, max - ids.size());
            LeadPage page = get("/api/v1/leads?offset=" + ids.size() + "&limit=" + limit, LeadPage.class);
            total = page.total();
            page.items().forEach(l -> ids.add(l.id()));
            if (!page.hasMore() || page.items().isEmpty()) {
                break;
            }
        }
        return new Leads(ids, total);
    }

    /** The stored scores' moments (epoch microseconds), up to the newest 1,000. */
    public long[] scoredAt(String leadId) throws IOException, InterruptedException {
        ScoreHistory history = get("/api/v1/leads/" + segment(leadId) + "/scores?limit=1000", ScoreHistory.class);
        long[] out = new long[history.items().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = epochMicros(Instant.parse(history.items().get(i).scoredAt()));
        }
        return out;
    }

    /** Ids of the lead's events that occurred from {@code from} on and start with {@code prefix}. */
    public List<String> eventIds(String leadId, Instant from, String prefix) throws IOException, InterruptedException {
        Timeline timeline = get("/api/v1/leads/" + segment(leadId) + "/timeline?limit=5000&from=" + from, Timeline.class);
        List<String> ids = new ArrayList<>();
        for (TimelineEntry e : timeline.entries()) {
            if ("event".equals(e.kind()) && e.event() != null && e.event().id().startsWith(prefix)) {
                ids.add(e.event().id());
            }
        }
        return ids;
    }

    public Optional<String> activeModel() throws IOException, InterruptedException {
        return Optional.ofNullable(get("/api/v1/models", Models.class).active());
    }

    /** Starts training on the stored history, activating the model when it succeeds. */
    public TrainingJob trainAndActivate() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request("/api/v1/models").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"activate\": true}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new ServiceException("POST /api/v1/models", r.statusCode(), r.body());
        }
        return json.readValue(r.body(), TrainingJob.class);
    }

    public TrainingJob trainingJob(String id) throws IOException, InterruptedException {
        return get("/api/v1/models/jobs/" + segment(id), TrainingJob.class);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + apiKey).header("Accept", "application/json");
    }

    private <T> T get(String pathAndQuery, Class<T> type) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new ServiceException("GET " + pathAndQuery, r.statusCode(), r.body());
        }
        return json.readValue(r.body(), type);
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static long epochMicros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    /** The service answered a call with an unexpected status. */
    public static final class ServiceException extends IOException {
        private final int status;

        public ServiceException(String call, int status, String body) {
            super(call + " answered " + status + ": " + (body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "..." : body));
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
