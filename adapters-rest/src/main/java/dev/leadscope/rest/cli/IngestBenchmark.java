package dev.leadscope.rest.cli;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.ActivityEvents;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import dev.leadscope.domain.port.in.ManageKeysUseCase;
import dev.leadscope.domain.security.Caller;
import dev.leadscope.domain.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drives event ingest over HTTP against a running service and measures throughput and batch latency. */
final class IngestBenchmark {
    static final String[] TYPES = {"page_view", "page_view", "page_view", "email_open", "email_click", "form_submit",
        "content_download", "webinar_attended", "trial_signup", "meeting_booked"};
    static final String[] PAGES = {"pricing", "docs", "case_study", "blog", "product"};
    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

    private final ApplicationContext context;
    private final URI base;
    private final String apiKey;
    private final PrintWriter out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();

    /** The service's own context issues an ingest key for the run, as an operator would with 'leadscope keys create'. */
    IngestBenchmark(ApplicationContext context, URI base, PrintWriter out) {
        this.apiKey = context.getBean(ManageKeysUseCase.class).create(new ManageKeysUseCase.CreateKey(WorkspaceId.DEFAULT,
                "ingest bench", Role.INGEST, Instant.now().plus(Duration.ofDays(1))), Caller.commandLine(WorkspaceId.DEFAULT)).token().text();
        this.context = context;
        this.base = base;
        this.out = out;
    }

    /** What to send. */
    record Plan(int events, int batch, int leads, int concurrency, long seed) {
        Plan {
            if (events < 1) {
                throw new IllegalArgumentException("--events must be at least 1: " + events);
            }
            if (batch < 1 || batch > 10_000) {
                throw new IllegalArgumentException("--batch must be between 1 and 10000: " + batch);
            }
            if (leads < 1) {
                throw new IllegalArgumentException("--leads must be at least 1: " + leads);
            }
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("--concurrency must be between 1 and 64: " + concurrency);
            }
        }
    }

    /** What was measured. */
    record Report(int sent, long accepted, long storedDelta, int batches, double seconds, double cpuSeconds, double leadSeconds,
                  long[] latenciesNanos) {
        boolean complete() {
            return accepted == sent && storedDelta == sent;
        }

        double eventsPerSecond() {
            return sent / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        String describe() {
            return String.format(java.util.Locale.ROOT,
                    "events sent:      %,d in %,d batches%n"
                            + "leads created in: %.1f s%n"
                            + "ingest time:      %.2f s%n"
                            + "throughput:       %,.0f events/s%n"
                            + "CPU time:         %.2f s on %d cores (%,.0f events per CPU second, client and service together)%n"
                            + "batch latency:    p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n"
                            + "accepted:         %,d%n"
                            + "stored:           %,d (%s)",
                    sent, batches, leadSeconds, seconds, eventsPerSecond(), cpuSeconds, Runtime.getRuntime().availableProcessors(),
                    sent / cpuSeconds, percentileMillis(50), percentileMillis(95), percentileMillis(99),
                    accepted, storedDelta, complete() ? "matches what was sent" : "DIFFERS from what was sent");
        }
    }

    Report run(Plan plan) throws Exception {
        ActivityEvents store = context.getBean(ActivityEvents.class);
        long storedBefore = store.count(WorkspaceId.DEFAULT);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long leadStart = System.nanoTime();
        createLeads(run, plan);
        double leadSeconds = (System.nanoTime() - leadStart) / 1e9;
        out.printf("Created %,d leads in %.1f s; preparing %,d events%n", plan.leads(), leadSeconds, plan.events());

        List<String> bodies = batches(run, plan);
        long[] latencies = new long[bodies.size()];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(plan.concurrency());
        List<Future<Long>> workers = new ArrayList<>();
        try {
            for (int w = 0; w < plan.concurrency(); w++) {
                workers.add(pool.submit(() -> {
                    long accepted = 0;
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = post("/api/v1/events/batch", bodies.get(i));
                        latencies[i] = System.nanoTime() - t0;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("batch " + i + " answered " + response.statusCode() + ": " + response.body());
                        }
                        Matcher m = ACCEPTED.matcher(response.body().substring(0, Math.min(200, response.body().length())));
                        accepted += m.find() ? Long.parseLong(m.group(1)) : 0;
                    }
                    return accepted;
                }));
            }
            long accepted = 0;
            for (Future<Long> worker : workers) {
                accepted += worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            long storedDelta = store.count(WorkspaceId.DEFAULT) - storedBefore;
            return new Report(plan.events(), accepted, storedDelta, bodies.size(), seconds, cpuSeconds, leadSeconds, latencies);
        } finally {
            pool.shutdownNow();
        }
    }

    private void createLeads(String run, Plan plan) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < plan.leads(); i++) {
                String body = "{\"id\":\"" + leadId(run, i) + "\",\"title\":\"Head of Marketing\",\"source\":{\"channel\":\"benchmark\"}}";
                calls.add(pool.submit(() -> {
                    HttpResponse<String> response = post("/api/v1/leads", body);
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("creating a lead answered " + response.statusCode() + ": " + response.body());
                    }
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> batches(String run, Plan plan) {
        Random random = new Random(plan.seed());
        Instant now = Instant.now();
        List<String> bodies = new ArrayList<>();
        StringBuilder sb = new StringBuilder(plan.batch() * 220);
        for (int n = 0; n < plan.events(); n++) {
            boolean first = n % plan.batch() == 0;
            if (first) {
                sb.setLength(0);
                sb.append("{\"events\":[");
            } else {
                sb.append(',');
            }
            String type = TYPES[random.nextInt(TYPES.length)];
            sb.append("{\"id\":\"").append(run).append("-e").append(n)
                    .append("\",\"leadId\":\"").append(leadId(run, random.nextInt(plan.leads())))
                    .append("\",\"type\":\"").append(type).append('"');
            if (type.equals("page_view")) {
                sb.append(",\"category\":\"").append(PAGES[random.nextInt(PAGES.length)]).append('"');
            }
            sb.append(",\"occurredAt\":\"").append(now.minusSeconds(random.nextInt(90 * 86_400)))
                    .append("\",\"properties\":{\"source\":\"benchmark\",\"session\":\"s").append(random.nextInt(100_000)).append("\"}}");
            if (n % plan.batch() == plan.batch() - 1 || n == plan.events() - 1) {
                sb.append("]}");
                bodies.add(sb.toString());
            }
        }
        return bodies;
    }

    /** CPU time this process has used, or 0 where the JVM does not report it. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String leadId(String run, int i) {
        return run + "-lead-" + i;
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
