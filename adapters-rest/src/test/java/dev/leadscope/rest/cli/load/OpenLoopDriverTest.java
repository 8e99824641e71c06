package dev.leadscope.rest.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenLoopDriverTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private KeepAliveHttpClient http;

    @AfterEach
    void stop() {
        timer.shutdownNow();
        if (http != null) {
            http.close();
        }
    }

    private KeepAliveHttpClient client(FakeLeadscope fake, String key, int connections) {
        http = new KeepAliveHttpClient(fake.url(), key, connections, 100, Duration.ofSeconds(10), "test-load");
        return http;
    }

    private static KeepAliveHttpClient.Request event(long i) {
        return KeepAliveHttpClient.Request.postJson("/api/v1/events", "{\"id\":\"e" + i + "\",\"leadId\":\"lead-0\"}");
    }

    @Test
    void givenThrottledRequests_whenRun_thenSentAgainAfterRetryAfterAndCountedApartFromErrors() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(1)) {
            fake.throttleFirst = 5;
            OpenLoopDriver driver = new OpenLoopDriver(client(fake, "secret", 4), timer, 100);
            StreamStats stats = new StreamStats(0, 5_000);
            boolean drained = driver.run(new PacingSchedule(System.nanoTime(), 200), 20, OpenLoopDriverTest::event, stats, Duration.ofSeconds(20));
            assertThat(drained).isTrue();
            assertThat(driver.throttled()).isEqualTo(5);
            assertThat(stats.ok()).isEqualTo(20);
            assertThat(stats.errors()).isEmpty();
            assertThat(fake.events.get("lead-0")).hasSize(20);
        }
    }

    @Test
    void givenAServiceThatStalls_whenTheSenderIsHeldBack_thenLatencyRunsFromTheIntendedMomentAndShowsTheStall() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(1)) {
            fake.delayMillis = 100;
            // one request at a time at 50/s against 100 ms answers: each request waits for the one before it
            OpenLoopDriver driver = new OpenLoopDriver(client(fake, "secret", 4), timer, 1);
            StreamStats stats = new StreamStats(0, 5_000);
            driver.run(new PacingSchedule(System.nanoTime(), 50), 10, OpenLoopDriverTest::event, stats, Duration.ofSeconds(20));
            // the 10th was due at 180 ms but could only go after nine 100 ms answers: at least 900 ms - 180 ms late
            assertThat(stats.latency().max()).isGreaterThanOrEqualTo(800_000);
            assertThat(stats.latency().count()).isEqualTo(10);
        }
    }

    @Test
    void givenAnErrorStatus_whenRun_thenCountedByStatus() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(1)) {
            OpenLoopDriver driver = new OpenLoopDriver(client(fake, null, 2), timer, 10);
            StreamStats stats = new StreamStats(0, 5_000);
            driver.run(new PacingSchedule(System.nanoTime(), 100), 3, i -> KeepAliveHttpClient.Request.postJson("/api/v1/events", "{}"),
                    stats, Duration.ofSeconds(20));
            assertThat(stats.errors()).containsEntry("401", 3L);
            assertThat(stats.errorCount()).isEqualTo(3);
        }
    }

    @Test
    void retryAfterReadsSecondsAndFallsBackToOneSecond() {
        assertThat(OpenLoopDriver.retryAfter("2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(OpenLoopDriver.retryAfter(" 0.25")).isEqualTo(Duration.ofMillis(250));
        assertThat(OpenLoopDriver.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ofSeconds(1));
        assertThat(OpenLoopDriver.retryAfter(null)).isEqualTo(Duration.ofSeconds(1));
    }
}
