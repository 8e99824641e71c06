package dev.leadscope.rest.cli.load;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Drives a running service with an open-loop load over HTTP (events to one half of the leads, score reads to the
 * other), then reads the leads' score histories and timelines back to measure event → stored score lag and to
 * check that every accepted event was stored.
 */
public final class LoadBenchmark {
    static final String[] TYPES = {"page_view", "page_view", "page_view", "email_open", "email_click", "form_submit",
        "content_download", "webinar_attended", "trial_signup", "meeting_booked"};
    static final String[] PAGES = {"pricing", "docs", "case_study", "blog", "product"};
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final String apiKey;
    private final PrintWriter out;

    public LoadBenchmark(URI base, String apiKey, PrintWriter out) {
        this.base = base;
        this.apiKey = apiKey;
        this.out = out;
    }

    /** Runs the load on {@code leads} (at least one) and returns what was measured. */
    public LoadReport run(LoadPlan plan, List<String> leads) throws Exception {
        if (leads.isEmpty()) {
            throw new IllegalStateException("the service holds no leads: load some first (--setup does)");
        }
        List<String> eventLeads = new ArrayList<>();
        List<String> readLeads = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            (i % 2 == 0 || leads.size() == 1 ? eventLeads : readLeads).add(leads.get(i));
        }
        if (readLeads.isEmpty()) {
            readLeads = eventLeads;
        }
        String run = "lb-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("load-retry"));
        try (KeepAliveHttpClient eventHttp = client(plan, "load-events"); KeepAliveHttpClient readHttp = client(plan, "load-reads")) {
            Instant runStart = Instant.now().minusSeconds(1);
            WallClock clock = WallClock.now();
            long start = System.nanoTime() + 200_000_000L;
            long eventCount = plan.eventRate() > 0 ? new PacingSchedule(start, plan.eventRate()).countWithin(plan.total()) : 0;
            long readCount = plan.readRate() > 0 ? new PacingSchedule(start, plan.readRate()).countWithin(plan.total()) : 0;
            EventStream events = new EventStream(run, eventLeads, plan, eventCount, clock, eventHttp, timer, new Random(plan.seed()));
            Stream reads = new Stream(plan.readRate(), readCount, plan, readHttp, timer, LoadReport.READ_P99_MICROS);
            Random readPicks = new Random(plan.seed() + 1);
            int[] readLead = new int[(int) readCount];
            for (int i = 0; i < readLead.length; i++) {
                readLead[i] = readPicks.nextInt(readLeads.size());
            }
            List<String> readIds = readLeads;
            out.printf(Locale.ROOT, "load: %,.0f events/s to %,d leads and %,.0f score reads/s to %,d other leads, %d s warm-up + %d s measured%n",
                    plan.eventRate(), eventLeads.size(), plan.readRate(), readLeads.size(), plan.warmup().toSeconds(),
                    plan.duration().toSeconds());
            out.flush();
            long began = System.nanoTime();
            var progress = timer.scheduleAtFixedRate(() -> {
                out.printf(Locale.ROOT, "load: %3d s  events sent %,d, answered 2xx %,d, errors %,d  |  reads sent %,d, answered 2xx %,d, errors %,d%n",
                        (System.nanoTime() - began) / 1_000_000_000L, events.sent.get(), events.stats.ok(), events.stats.errorCount(),
                        reads.sent.get(), reads.stats.ok(), reads.stats.errorCount());
                out.flush();
            }, 10, 10, java.util.concurrent.TimeUnit.SECONDS);
            // a line at the end of the warm-up, so that a harness can take the service's CPU time of the measured part alone
            timer.schedule(() -> {
                out.printf(Locale.ROOT, "load: warm-up over after %d s; measuring%n", plan.warmup().toSeconds());
                out.flush();
            }, Math.max(0, start + plan.warmup().toNanos() - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            CompletableFuture<Boolean> eventsDone = events.start(start);
            CompletableFuture<Boolean> readsDone = reads.start(start, i -> KeepAliveHttpClient.Request.get("/api/v1/leads/"
                    + ServiceClient.segment(readIds.get(readLead[(int) i])) + "/score"));
            boolean drained = eventsDone.get() & readsDone.get();
            progress.cancel(false);
            out.printf(Locale.ROOT, "load: done; %,d events and %,d reads answered; reading score histories back...%n",
                    events.stats.ok() + events.stats.errorCount(), reads.stats.ok() + reads.stats.errorCount());
            out.flush();
            ServiceClient service = new ServiceClient(base, apiKey, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build());
            ReadBack readBack = new ReadBack(service, out);
            ScoreLag.Result lag = readBack.lag(events.accepted(), eventLeads, plan.settle());
            CountCheck count = readBack.count(events.accepted(), events.touchedLeads(), eventLeads, runStart, run);
            return new LoadReport(plan, eventLeads.size(), readLeads.size(), events.stats, events.sendingSeconds(),
                    events.driver.throttled(), reads.stats, reads.sendingSeconds(), reads.driver.throttled(), lag, count, drained);
        } finally {
            timer.shutdownNow();
        }
    }

    /** One stream's connections: {@code --connections} of them, with room for {@code --max-in-flight} requests. */
    private KeepAliveHttpClient client(LoadPlan plan, String name) {
        return new KeepAliveHttpClient(base, apiKey, plan.connections(), plan.maxInFlight(), REQUEST_TIMEOUT, name);
    }

    /** A paced stream of requests and what it saw. */
    class Stream {
        final double rate;
        final long count;
        final StreamStats stats;
        final OpenLoopDriver driver;
        final LoadPlan plan;
        volatile long startNanos;
        volatile long lastSentNanos;
        final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();

        /** @param slowMicros requests slower than this are tallied per second in the report */
        Stream(double rate, long count, LoadPlan plan, KeepAliveHttpClient http, ScheduledExecutorService timer, long slowMicros) {
            this.rate = rate;
            this.count = count;
            this.plan = plan;
            this.driver = new OpenLoopDriver(http, timer, plan.maxInFlight());
            this.stats = new StreamStats(count == 0 ? 0 : new PacingSchedule(0, rate).countWithin(plan.warmup()), slowMicros);
        }

        CompletableFuture<Boolean> start(long start, java.util.function.LongFunction<KeepAliveHttpClient.Request> requests) {
            startNanos = start;
            if (count == 0) {
                return CompletableFuture.completedFuture(true);
            }
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            Thread sender = new Thread(() -> {
                try {
                    done.complete(driver.run(new PacingSchedule(start, rate), count, i -> {
                        lastSentNanos = System.nanoTime();
                        sent.incrementAndGet();
                        return requests.apply(i);
                    }, this::completed, plan.settle().plusSeconds(30)));
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            }, "load-sender");
            sender.setDaemon(true);
            sender.start();
            return done;
        }

        void completed(OpenLoopDriver.Completion c) {
            stats.completed(c);
        }

        /** How long sending the measured requests took; above the planned duration when the sender fell behind. */
        double sendingSeconds() {
            long measuredStart = startNanos + plan.warmup().toNanos();
            return Math.max(0, (lastSentNanos - measuredStart) / 1e9);
        }
    }

    /** The event stream: one new event per request to a random event lead, each accepted event logged for read-back. */
    final class EventStream extends Stream {
        private final String run;
        private final List<String> leads;
        private final int[] lead;
        private final SentEvent[] accepted;
        private final WallClock clock;
        private final Random random;

        EventStream(String run, List<String> leads, LoadPlan plan, long count, WallClock clock, KeepAliveHttpClient http,
                    ScheduledExecutorService timer, Random random) {
            super(plan.eventRate(), count, plan, http, timer, LoadReport.LAG_P99_MICROS);
            this.run = run;
            this.leads = leads;
            this.clock = clock;
            this.random = random;
            this.lead = new int[Math.toIntExact(count)];
            for (int i = 0; i < lead.length; i++) {
                lead[i] = random.nextInt(leads.size());
            }
            this.accepted = new SentEvent[lead.length];
        }

        CompletableFuture<Boolean> start(long start) {
            return start(start, i -> {
                String type = TYPES[random.nextInt(TYPES.length)];
                String body = "{\"id\":\"" + run + i + "\",\"leadId\":\"" + jsonText(leads.get(lead[(int) i])) + "\",\"type\":\"" + type + "\""
                        + (type.equals("page_view") ? ",\"category\":\"" + PAGES[random.nextInt(PAGES.length)] + "\"" : "")
                        + ",\"occurredAt\":\"" + Instant.now() + "\",\"properties\":{\"source\":\"load-benchmark\"}}";
                return KeepAliveHttpClient.Request.postJson("/api/v1/events", body);
            });
        }

        @Override
        void completed(OpenLoopDriver.Completion c) {
            if (c.ok()) {
                int i = (int) c.index();
                accepted[i] = new SentEvent(lead[i], run + i, clock.epochMicros(c.intendedNanos()), clock.epochMicros(c.lastSentNanos()),
                        c.index() >= stats.warmup());
            }
            super.completed(c);
        }

        List<SentEvent> accepted() {
            List<SentEvent> list = new ArrayList<>();
            for (SentEvent e : accepted) {
                if (e != null) {
                    list.add(e);
                }
            }
            return list;
        }

        /** Indices of the leads that were sent at least one event. */
        java.util.Set<Integer> touchedLeads() {
            java.util.Set<Integer> touched = new java.util.TreeSet<>();
            for (int l : lead) {
                touched.add(l);
            }
            return touched;
        }
    }

    /** A JSON string's content: quotes, backslashes and control characters escaped. */
    static String jsonText(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Maps {@link System#nanoTime()} readings to epoch microseconds, from one reading of both clocks. */
    record WallClock(long anchorNanos, long anchorEpochMicros) {
        static WallClock now() {
            Instant wall = Instant.now();
            return new WallClock(System.nanoTime(), ServiceClient.epochMicros(wall));
        }

        long epochMicros(long nanos) {
            return anchorEpochMicros + Math.floorDiv(nanos - anchorNanos, 1000L);
        }
    }

    static Map<Integer, List<SentEvent>> byLead(List<SentEvent> events) {
        Map<Integer, List<SentEvent>> map = new HashMap<>();
        events.forEach(e -> map.computeIfAbsent(e.lead(), k -> new ArrayList<>()).add(e));
        return map;
    }
}
