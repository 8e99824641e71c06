package dev.leadscope.rest.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryPendingRescoring;
import dev.leadscope.domain.fixtures.InMemoryRescoringStates;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.domain.port.in.QualifyLeadUseCase;
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.out.LeadHistoryUpdates;
import dev.leadscope.domain.port.out.Notifications;
import dev.leadscope.domain.rescoring.ChangeDetector;
import dev.leadscope.domain.rescoring.CoalescingQueue;
import dev.leadscope.domain.rescoring.RescoringService;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The sweep leaves alone a lead whose rescoring is under way: it neither queues it again nor drops its hot history. */
class RescoringWorkerSweepTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final LeadId LEAD = new LeadId("l1");

    private final CountDownLatch scoring = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<LeadId> dropped = new CopyOnWriteArrayList<>();

    /** Scoring that waits until the test lets it go, then fails (the lead stays pending, as after any failure). */
    private final ScoreLeadUseCase slowScoring = new ScoreLeadUseCase() {
        @Override
        public LeadScore score(WorkspaceId workspace, LeadId lead) {
            scoring.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("scoring stopped by the test");
        }

        @Override
        public LeadScore scoreAsOf(WorkspaceId workspace, LeadId lead, Instant asOf) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit) {
            return List.of();
        }
    };

    private final LeadHistoryUpdates histories = new LeadHistoryUpdates() {
        @Override
        public void eventsStored(WorkspaceId workspace, List<ActivityEvent> events) {
        }

        @Override
        public void leadsChanged(WorkspaceId workspace, Collection<LeadId> leads) {
            dropped.addAll(leads);
        }
    };

    @Test
    void givenALeadBeingRescored_whenTheSweepFindsItsMarker_thenItIsNeitherQueuedAgainNorDropped() throws Exception {
        Clock clock = Clock.systemUTC();
        CoalescingQueue queue = new CoalescingQueue(100);
        InMemoryPendingRescoring pending = new InMemoryPendingRescoring();
        ManageModelsUseCase models = (ManageModelsUseCase) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManageModelsUseCase.class}, (proxy, method, args) -> {
                    if (method.getName().equals("active")) {
                        return Optional.of(new ModelVersion("m-1"));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        RescoringService rescoring = new RescoringService(slowScoring, (QualifyLeadUseCase) unused(QualifyLeadUseCase.class),
                (ScoreAccountUseCase) unused(ScoreAccountUseCase.class), new InMemoryLeads(), new InMemoryRescoringStates(),
                Notifications.NONE, new ChangeDetector(List.of()), clock);
        RescoringSettings settings = new RescoringSettings(true, 100, 1, 10, 3600, 1, List.of(), false, 0);
        RescoringWorker worker = new RescoringWorker(queue, rescoring, pending, models,
                new LatestScores(new InMemoryLeadScores(), pending, queue, 10), new RescoringMetrics(new SimpleMeterRegistry(), queue),
                settings, clock, histories, null, null);
        worker.start();
        try {
            Thread.sleep(200);  // the start-up sweep runs on an empty store first
            pending.mark(WS, List.of(LEAD), clock.instant());
            queue.enqueue(WS, Map.of(LEAD, 1), clock.instant());
            assertThat(scoring.await(10, TimeUnit.SECONDS)).as("the worker took the lead").isTrue();

            worker.sweep();

            assertThat(queue.contains(WS, LEAD)).isFalse();
            assertThat(dropped).isEmpty();
        } finally {
            release.countDown();
            worker.stop();
        }
        // once its rescoring is over, the marker it left is queued again by the next sweep
        worker.sweep();
        assertThat(queue.contains(WS, LEAD)).isTrue();
        assertThat(dropped).containsExactly(LEAD);
    }

    private static Object unused(Class<?> port) {
        return Proxy.newProxyInstance(RescoringWorkerSweepTest.class.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(method.getName());
        });
    }
}
