package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.rescoring.PendingLead;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ActivityEvents} log must do; subclass once per adapter. */
public abstract class ActivityEventsContractTest {
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final Instant FAR_PAST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    protected ActivityEvents events;
    protected PendingRescoring pending;
    protected WorkspaceId ws;

    /** The log under test; called before each test, after {@link #cleanState()}. */
    protected abstract ActivityEvents createEvents();

    /** The pending-rescoring markers that the log under test writes with its appends; called after {@link #createEvents()}. */
    protected abstract PendingRescoring createPending();

    /** Removes what earlier tests stored, where the log keeps state between tests. */
    protected void cleanState() {
    }

    @BeforeEach
    void setUpStore() {
        cleanState();
        events = createEvents();
        pending = createPending();
        ws = Fixtures.freshWorkspace();
    }

    private List<ActivityEvent> all(LeadId lead) {
        return events.forLead(ws, lead, FAR_PAST, FAR_FUTURE, 10_000);
    }

    @Test
    void givenNewEvents_whenAppended_thenNoneReportedPresentAndAllReadBackEqual() {
        ActivityEvent view = anEvent(ws, "e1", LEAD).build();
        ActivityEvent open = anEvent(ws, "e2", LEAD).type(EventType.EMAIL_OPEN).category(null).properties(Map.of())
                .at(T0.plusSeconds(60)).build();
        ActivityEvent custom = anEvent(ws, "e3", LEAD).type(new EventType("Demo Requested"))
                .properties(Map.of("note", "unicode ✓ \"quoted\"\nnewline", "empty", "")).at(T0.plusSeconds(120)).build();

        Set<EventId> present = events.appendAbsent(List.of(view, open, custom));

        assertThat(present).isEmpty();
        assertThat(all(LEAD)).containsExactly(view, open, custom);
        assertThat(events.count(ws)).isEqualTo(3);
    }

    @Test
    void givenStoredEvents_whenAppendedAgainWithNewOnes_thenStoredIdsReturnedAndOnlyNewOnesWritten() {
        ActivityEvent first = anEvent(ws, "e1", LEAD).build();
        events.appendAbsent(List.of(first));
        ActivityEvent sameIdOtherContent = anEvent(ws, "e1", LEAD).category("docs").build();
        ActivityEvent fresh = anEvent(ws, "e2", LEAD).at(T0.plusSeconds(1)).build();

        Set<EventId> present = events.appendAbsent(List.of(sameIdOtherContent, fresh));

        assertThat(present).containsExactly(new EventId("e1"));
        assertThat(all(LEAD)).containsExactly(first, fresh);
        assertThat(events.count(ws)).isEqualTo(2);
    }

    @Test
    void givenNewAndStoredEvents_whenAppendedMarkingPending_thenOnlyLeadsWithEventsStoredAreMarkedOnceAtTheGivenTime() {
        LeadId twoNew = new LeadId("lead-two-new");
        LeadId onlyStored = new LeadId("lead-only-stored");
        LeadId oneNew = new LeadId("lead-one-new");
        ActivityEvent before = anEvent(ws, "old", onlyStored).build();
        events.appendAbsent(List.of(before));
        Instant at = T0.plusSeconds(5);

        Set<EventId> present = events.appendAbsentMarkingPending(List.of(anEvent(ws, "a1", twoNew).build(),
                anEvent(ws, "a2", twoNew).at(T0.plusSeconds(1)).build(), before, anEvent(ws, "b1", oneNew).build()), at);

        assertThat(present).containsExactly(before.id());
        assertThat(events.count(ws)).isEqualTo(4);
        List<PendingLead> marked = pending.find(ws, List.of(twoNew, onlyStored, oneNew));
        assertThat(marked).extracting(PendingLead::lead).containsExactlyInAnyOrder(twoNew, oneNew);
        assertThat(marked).extracting(PendingLead::since).containsOnly(at);
        pending.clear(marked);
        assertThat(pending.find(ws, List.of(twoNew, oneNew))).as("one marker per lead, cleared by its newest").isEmpty();
    }

    @Test
    void givenEventsAllStored_whenAppendedMarkingPending_thenNoLeadIsMarked() {
        List<ActivityEvent> batch = List.of(anEvent(ws, "e1", LEAD).build(), anEvent(ws, "e2", LEAD).at(T0.plusSeconds(1)).build());
        events.appendAbsent(batch);

        Set<EventId> present = events.appendAbsentMarkingPending(batch, T0);

        assertThat(present).hasSize(2);
        assertThat(pending.find(ws, List.of(LEAD))).isEmpty();
        assertThat(events.appendAbsentMarkingPending(List.of(), T0)).isEmpty();
    }

    @Test
    void givenPlainAppend_whenStored_thenNoLeadIsMarked() {
        events.appendAbsent(List.of(anEvent(ws, "e1", LEAD).build()));

        assertThat(pending.find(ws, List.of(LEAD))).isEmpty();
    }

    @Test
    void givenLeadMarkedEarlier_whenAppendedMarkingPendingAgain_thenANewerMarkerSurvivesClearingTheOlder() {
        events.appendAbsentMarkingPending(List.of(anEvent(ws, "e1", LEAD).build()), T0);
        List<PendingLead> readBefore = pending.find(ws, List.of(LEAD));

        events.appendAbsentMarkingPending(List.of(anEvent(ws, "e2", LEAD).at(T0.plusSeconds(1)).build()), T0.plusSeconds(1));
        pending.clear(readBefore);

        assertThat(pending.find(ws, List.of(LEAD))).singleElement().satisfies(p -> assertThat(p.mark()).isGreaterThan(readBefore.get(0).mark()));
    }

    @Test
    void givenTwoThreadsAppendingTheSameIdsMarkingPending_whenBothFinish_thenTheLeadIsMarkedAndEachIdStoredOnce() throws Exception {
        List<ActivityEvent> a = IntStream.range(0, 300).mapToObj(i -> anEvent(ws, "m-" + i, new LeadId("lead-" + (i % 30)))
                .at(T0.plusMillis(i)).build()).toList();
        List<ActivityEvent> b = IntStream.range(0, 300).mapToObj(i -> a.get(299 - i)).toList();
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<Set<EventId>> first = CompletableFuture.supplyAsync(() -> awaitThen(start, () -> events.appendAbsentMarkingPending(a, T0)));
        CompletableFuture<Set<EventId>> second = CompletableFuture.supplyAsync(() -> awaitThen(start, () -> events.appendAbsentMarkingPending(b, T0)));

        assertThat(first.get().size() + second.get().size()).isEqualTo(300);
        assertThat(events.count(ws)).isEqualTo(300);
        assertThat(pending.find(ws, IntStream.range(0, 30).mapToObj(i -> new LeadId("lead-" + i)).toList())).hasSize(30);
    }

    @Test
    void givenEmptyBatch_whenAppended_thenNothingHappens() {
        assertThat(events.appendAbsent(List.of())).isEmpty();
        assertThat(events.count(ws)).isZero();
    }

    @Test
    void givenLargeBatch_whenAppendedTwice_thenStoredOnceAndSecondTimeAllReported() {
        List<ActivityEvent> batch = IntStream.range(0, 2_500)
                .mapToObj(i -> anEvent(ws, "big-" + i, new LeadId("lead-" + (i % 50))).at(T0.plusMillis(i)).build()).toList();

        assertThat(events.appendAbsent(batch)).isEmpty();
        assertThat(events.appendAbsent(batch)).hasSize(2_500);
        assertThat(events.count(ws)).isEqualTo(2_500);
        assertThat(events.fingerprints(ws, batch.stream().map(ActivityEvent::id).toList())).hasSize(2_500);
    }

    @Test
    void givenStoredIdsScatteredThroughALargeBatch_whenAppended_thenExactlyThoseReportedAndAllOthersWritten() {
        List<ActivityEvent> batch = IntStream.range(0, 250)
                .mapToObj(i -> anEvent(ws, "mix-" + i, LEAD).at(T0.plusMillis(i)).build()).toList();
        List<ActivityEvent> storedBefore = IntStream.range(0, 250).filter(i -> i % 7 == 3).mapToObj(batch::get).toList();
        events.appendAbsent(storedBefore);

        Set<EventId> present = events.appendAbsent(batch);

        assertThat(present).containsExactlyInAnyOrderElementsOf(storedBefore.stream().map(ActivityEvent::id).toList());
        assertThat(events.count(ws)).isEqualTo(250);
        assertThat(all(LEAD)).containsExactlyElementsOf(batch);
    }

    @Test
    void givenTwoThreadsAppendingTheSameIds_whenBothFinish_thenEachIdStoredOnceAndReportedPresentToExactlyOne() throws Exception {
        List<ActivityEvent> a = IntStream.range(0, 400).mapToObj(i -> anEvent(ws, "c-" + i, LEAD).at(T0.plusMillis(i)).build()).toList();
        List<ActivityEvent> b = IntStream.range(0, 400).map(i -> 399 - i)
                .mapToObj(i -> anEvent(ws, "c-" + i, LEAD).at(T0.plusMillis(i)).build()).toList();
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<Set<EventId>> first = CompletableFuture.supplyAsync(() -> awaitThen(start, () -> events.appendAbsent(a)));
        CompletableFuture<Set<EventId>> second = CompletableFuture.supplyAsync(() -> awaitThen(start, () -> events.appendAbsent(b)));
        Set<EventId> presentForFirst = first.get();
        Set<EventId> presentForSecond = second.get();

        assertThat(events.count(ws)).isEqualTo(400);
        assertThat(presentForFirst.size() + presentForSecond.size()).isEqualTo(400);
        Set<EventId> union = new HashSet<>(presentForFirst);
        union.addAll(presentForSecond);
        assertThat(union).hasSize(400);
    }

    private static <T> T awaitThen(CyclicBarrier barrier, java.util.function.Supplier<T> action) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return action.get();
    }

    @Test
    void givenStoredEvents_whenFingerprintsAsked_thenStoredDigestForExistingIdsOnly() {
        ActivityEvent e1 = anEvent(ws, "e1", LEAD).build();
        ActivityEvent e2 = anEvent(ws, "e2", LEAD).type(EventType.TRIAL_SIGNUP).category(null).build();
        events.appendAbsent(List.of(e1, e2));

        Map<EventId, String> found = events.fingerprints(ws, List.of(e1.id(), e2.id(), new EventId("missing")));

        assertThat(found).containsOnly(Map.entry(e1.id(), e1.fingerprint()), Map.entry(e2.id(), e2.fingerprint()));
        assertThat(events.fingerprints(ws, List.of())).isEmpty();
    }

    @Test
    void givenStoredEventWithPropertiesAndSubSecondTime_whenFingerprintAsked_thenItIsTheDigestOfTheEventSent() {
        ActivityEvent sent = anEvent(ws, "e1", LEAD).at(Instant.parse("2024-03-01T09:30:00.123456789Z"))
                .properties(Map.of("url", "/pricing?plan=pro", "referrer", "\"quoted\", comma", "empty", "")).build();
        events.appendAbsent(List.of(sent));

        assertThat(events.fingerprints(ws, List.of(sent.id()))).containsOnly(Map.entry(sent.id(), sent.fingerprint()));
        ActivityEvent changed = anEvent(ws, "e1", LEAD).at(sent.occurredAt()).properties(Map.of("url", "/docs")).build();
        assertThat(events.fingerprints(ws, List.of(changed.id())).get(changed.id())).isNotEqualTo(changed.fingerprint());
    }

    @Test
    void givenStoredIdsInsideOrOutsideTheSpanOfTheIdsAsked_whenFingerprintsAsked_thenEveryStoredOneIsFoundAndNoOther() {
        ActivityEvent middle = anEvent(ws, "m-5", LEAD).build();
        ActivityEvent low = anEvent(ws, "b-1", LEAD).build();
        events.appendAbsent(List.of(middle, low));

        assertThat(events.fingerprints(ws, ids("z-1", "m-5", "c-1")))
                .containsOnly(Map.entry(middle.id(), middle.fingerprint()));
        assertThat(events.fingerprints(ws, ids("z-1", "n-1", "m-50"))).isEmpty();
        assertThat(events.fingerprints(ws, ids("c-0", "m-4"))).isEmpty();
        assertThat(events.fingerprints(ws, ids("m-5"))).containsOnlyKeys(middle.id());
        assertThat(events.fingerprints(ws, ids("a-9", "b-1", "b-1", "z-9"))).containsOnlyKeys(low.id());
    }

    @Test
    void givenFewOrManyStoredIdsBetweenTheIdsAsked_whenFingerprintsAsked_thenExactlyTheStoredOnesAskedAreFound() {
        List<ActivityEvent> even = IntStream.range(0, 50).mapToObj(i -> anEvent(ws, "k-%03d".formatted(2 * i), LEAD).build()).toList();
        events.appendAbsent(even);

        assertThat(events.fingerprints(ws, ids("k-011", "k-013", "k-014", "k-015", "k-017", "k-019")))
                .containsOnly(Map.entry(even.get(7).id(), even.get(7).fingerprint()));
        assertThat(events.fingerprints(ws, ids("k-011", "k-013", "k-015", "k-017"))).isEmpty();
        assertThat(events.fingerprints(ws, ids("k-001", "k-097"))).isEmpty();
        assertThat(events.fingerprints(ws, ids("k-001", "k-050", "k-097"))).containsOnlyKeys(even.get(25).id());
    }

    private static List<EventId> ids(String... values) {
        return Arrays.stream(values).map(EventId::new).toList();
    }

    @Test
    void givenEventInWorkspaceA_whenReadFromB_thenNeverSeen() {
        WorkspaceId other = Fixtures.freshWorkspace();
        ActivityEvent mine = anEvent(ws, "e1", LEAD).build();
        events.appendAbsent(List.of(mine));

        assertThat(events.fingerprints(other, List.of(mine.id()))).isEmpty();
        assertThat(events.forLead(other, LEAD, FAR_PAST, FAR_FUTURE, 100)).isEmpty();
        assertThat(events.count(other)).isZero();
    }

    @Test
    void givenSameIdInAnotherWorkspace_whenAppended_thenStoredAsItsOwnEvent() {
        WorkspaceId other = Fixtures.freshWorkspace();
        events.appendAbsent(List.of(anEvent(ws, "e1", LEAD).build()));

        Set<EventId> present = events.appendAbsent(List.of(anEvent(other, "e1", LEAD).build()));

        assertThat(present).isEmpty();
        assertThat(events.count(other)).isEqualTo(1);
    }

    @Test
    void givenEventsAroundAWindow_whenForLead_thenFromIncludedToExcludedOldestFirst() {
        Instant from = T0;
        Instant to = T0.plusSeconds(3600);
        events.appendAbsent(List.of(
                anEvent(ws, "just-before", LEAD).at(from.minusNanos(1_000)).build(),
                anEvent(ws, "at-to", LEAD).at(to).build(),
                anEvent(ws, "late", LEAD).at(to.minusNanos(1_000)).build(),
                anEvent(ws, "at-from", LEAD).at(from).build(),
                anEvent(ws, "middle", LEAD).at(from.plusSeconds(60)).build()));

        assertThat(events.forLead(ws, LEAD, from, to, 100)).extracting(e -> e.id().value())
                .containsExactly("at-from", "middle", "late");
    }

    @Test
    void givenMoreEventsThanLimit_whenForLead_thenOldestUpToLimit() {
        events.appendAbsent(IntStream.range(0, 10).mapToObj(i -> anEvent(ws, "e" + i, LEAD).at(T0.plusSeconds(10 - i)).build()).toList());

        assertThat(events.forLead(ws, LEAD, FAR_PAST, FAR_FUTURE, 3)).extracting(e -> e.id().value())
                .containsExactly("e9", "e8", "e7");
    }

    @Test
    void givenEventsOfTwoLeads_whenForLead_thenOnlyThatLeadsEvents() {
        LeadId otherLead = new LeadId("lead-2");
        events.appendAbsent(List.of(anEvent(ws, "mine", LEAD).build(), anEvent(ws, "theirs", otherLead).build()));

        assertThat(all(LEAD)).extracting(e -> e.id().value()).containsExactly("mine");
        assertThat(all(otherLead)).extracting(e -> e.id().value()).containsExactly("theirs");
    }

    @Test
    void givenEventsOfSeveralLeads_whenReadInBulk_thenEachLeadGetsItsOwnOldestFirstAndOtherWorkspacesStayApart() {
        LeadId other = new LeadId("lead-2");
        LeadId silent = new LeadId("lead-3");
        ActivityEvent late = anEvent(ws, "e1", LEAD).at(T0.plusSeconds(60)).build();
        ActivityEvent early = anEvent(ws, "e2", LEAD).at(T0).build();
        ActivityEvent others = anEvent(ws, "e3", other).at(T0.plusSeconds(5)).build();
        WorkspaceId elsewhere = Fixtures.freshWorkspace();
        events.appendAbsent(List.of(late, early, others, anEvent(elsewhere, "e4", LEAD).build()));

        Map<LeadId, List<ActivityEvent>> read = events.forLeads(ws, List.of(LEAD, other, silent));

        assertThat(read).containsOnlyKeys(LEAD, other);
        assertThat(read.get(LEAD)).containsExactly(early, late);
        assertThat(read.get(other)).containsExactly(others);
        assertThat(events.forLeads(ws, List.of())).isEmpty();
    }

    @Test
    void givenEventsOfSeveralLeads_whenBehaviourRead_thenEachLeadGetsWhatScoresReadOldestFirstAndOtherWorkspacesStayApart() {
        LeadId other = new LeadId("lead-2");
        LeadId silent = new LeadId("lead-3");
        ActivityEvent late = anEvent(ws, "e1", LEAD).type(new EventType("form_submit")).category(null).at(T0.plusSeconds(60)).build();
        ActivityEvent early = anEvent(ws, "e2", LEAD).at(Instant.parse("2024-03-01T09:15:30.123456Z")).build();
        ActivityEvent tie = anEvent(ws, "e0", LEAD).at(T0.plusSeconds(60)).build();
        ActivityEvent others = anEvent(ws, "e3", other).at(T0.plusSeconds(5)).build();
        WorkspaceId elsewhere = Fixtures.freshWorkspace();
        events.appendAbsent(List.of(late, early, tie, others, anEvent(elsewhere, "e4", LEAD).build()));

        Map<LeadId, List<ActivityEvent>> read = events.behaviourOf(ws, List.of(LEAD, other, silent));

        assertThat(read).containsOnlyKeys(LEAD, other);
        // what a score reads is whole; the properties may be left out
        assertThat(read.get(LEAD)).extracting(e -> e.id().value()).containsExactly("e2", "e0", "e1");
        assertThat(read.get(LEAD)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("properties")
                .containsExactly(early, tie, late);
        assertThat(read.get(LEAD).get(2).category()).isNull();
        assertThat(read.get(LEAD).get(0).occurredAt()).isEqualTo(early.occurredAt());
        assertThat(read.get(other)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("properties").containsExactly(others);
        assertThat(read.values()).allSatisfy(list -> assertThat(list).allSatisfy(e -> assertThat(e.properties())
                .satisfiesAnyOf(p -> assertThat(p).isEmpty(), p -> assertThat(p).isEqualTo(early.properties()))));
        assertThat(events.behaviourOf(ws, List.of())).isEmpty();
    }
}
