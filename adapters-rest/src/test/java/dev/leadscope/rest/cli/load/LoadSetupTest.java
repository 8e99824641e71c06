package dev.leadscope.rest.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadSetupTest {
    private final StringWriter out = new StringWriter();

    private LoadSetup setup(FakeLeadscope fake, LoadSetup.HistoryLoader loader) {
        return new LoadSetup(new ServiceClient(fake.url(), "secret", HttpClient.newHttpClient()), loader, new PrintWriter(out, true));
    }

    @Test
    void givenEnoughLeadsAndAnActiveModel_whenPrepared_thenNothingIsLoadedOrTrained() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(50)) {
            AtomicInteger loads = new AtomicInteger();
            setup(fake, n -> loads.incrementAndGet()).prepare(50, 10);
            assertThat(loads).hasValue(0);
            assertThat(out.toString()).contains("holds 50 leads, enough for 50").contains("model v1 is active");
        }
    }

    @Test
    void givenTooFewLeadsAndNoModel_whenPrepared_thenSimulatedHistoryIsLoadedAndAModelTrainedAndActivated() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(5)) {
            fake.activeModel = null;
            setup(fake, n -> {
                for (int i = 0; i < n; i++) {
                    fake.leads.add("sim-" + i);
                }
            }).prepare(20, 30);
            assertThat(fake.leads).hasSize(35);
            assertThat(out.toString()).contains("loading 30 simulated accounts").contains("now holds 35 leads")
                    .contains("no model is active").contains("model v2 trained and active");
        }
    }

    @Test
    void givenABusyRescoring_whenAwaited_thenPollsUntilIdleShowingProgress() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(1)) {
            fake.hasRescoring = true;
            fake.busyPolls.set(2);
            assertThat(setup(fake, n -> { }).awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(out.toString()).contains("5 events queued, 3 leads pending, bulk scoring 2/10");
            assertThat(fake.busyPolls.get()).isNegative();
        }
    }

    @Test
    void givenAServiceWithoutRescoringStatus_whenAwaited_thenReturnsAtOnce() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(1)) {
            assertThat(setup(fake, n -> { }).awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(out.toString()).contains("answered 404");
        }
    }

    @Test
    void givenRescoringThatStaysBusy_whenTheTimeoutPasses_thenGivesUp() throws Exception {
        try (FakeLeadscope fake = new FakeLeadscope(1)) {
            fake.hasRescoring = true;
            fake.busyPolls.set(1_000);
            assertThat(setup(fake, n -> { }).awaitIdle(Duration.ZERO)).isFalse();
            assertThat(out.toString()).contains("still busy");
        }
    }
}
