package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.rescoring.PendingLead;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PendingRescoring} must do; subclass once per adapter. */
public abstract class PendingRescoringContractTest {
    protected PendingRescoring pending;
    protected WorkspaceId ws;

    protected abstract PendingRescoring createPending();

    @BeforeEach
    void setUpPending() {
        pending = createPending();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenLeadMarkedTwice_whenFound_thenOneEntryWithNewestMarkAndOldestTime() {
        LeadId a = new LeadId("a");
        pending.mark(ws, List.of(a, new LeadId("b")), T0);
        pending.mark(ws, List.of(a), T0.plusSeconds(5));

        List<PendingLead> found = pending.find(ws, List.of(a, new LeadId("c")));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).lead()).isEqualTo(a);
        assertThat(found.get(0).since()).isEqualTo(T0);
        assertThat(pending.isPending(ws, new LeadId("b"))).isTrue();
        assertThat(pending.isPending(ws, new LeadId("c"))).isFalse();
        assertThat(pending.isPending(Fixtures.freshWorkspace(), a)).isFalse();
    }

    @Test
    void givenMarkSetAfterItWasRead_whenCleared_thenTheLaterMarkStays() {
        LeadId a = new LeadId("a");
        pending.mark(ws, List.of(a), T0);
        List<PendingLead> seen = pending.find(ws, List.of(a));
        pending.mark(ws, List.of(a), T0.plusSeconds(1));

        pending.clear(seen);

        assertThat(pending.isPending(ws, a)).isTrue();
        assertThat(pending.find(ws, List.of(a)).get(0).since()).isEqualTo(T0.plusSeconds(1));
        pending.clear(pending.find(ws, List.of(a)));
        assertThat(pending.isPending(ws, a)).isFalse();
    }

    @Test
    void givenLeadsMarkedInOrder_whenOldestRead_thenFirstMarkedFirstAndCounted() {
        pending.mark(ws, List.of(new LeadId("first")), T0);
        pending.mark(ws, List.of(new LeadId("second")), T0.plusSeconds(1));
        long before = pending.count();

        List<PendingLead> mine = pending.oldest(100_000).stream().filter(p -> p.workspace().equals(ws)).toList();

        assertThat(mine).extracting(p -> p.lead().value()).containsExactly("first", "second");
        pending.clear(mine);
        assertThat(pending.count()).isEqualTo(before - 2);
    }

    @Test
    void givenLeadsMarkedInBatchesThatOverlap_whenRead_thenOnePendingEntryPerLeadWithTheNewestMark() {
        List<LeadId> first = List.of(new LeadId("l1"), new LeadId("l2"), new LeadId("l3"));
        List<LeadId> second = List.of(new LeadId("l3"), new LeadId("l2"), new LeadId("l4"), new LeadId("l4"));
        pending.mark(ws, first, T0);
        List<PendingLead> afterFirst = pending.find(ws, List.of(new LeadId("l2")));
        pending.mark(ws, second, T0.plusSeconds(1));

        List<PendingLead> found = pending.find(ws, List.of(new LeadId("l1"), new LeadId("l2"), new LeadId("l3"), new LeadId("l4")));

        assertThat(found).extracting(p -> p.lead().value()).containsExactlyInAnyOrder("l1", "l2", "l3", "l4");
        PendingLead l2 = found.stream().filter(p -> p.lead().value().equals("l2")).findFirst().orElseThrow();
        assertThat(l2.mark()).isGreaterThan(afterFirst.get(0).mark());
        assertThat(l2.since()).isEqualTo(T0);
        pending.clear(found);
        assertThat(pending.find(ws, List.of(new LeadId("l1"), new LeadId("l2"), new LeadId("l3"), new LeadId("l4")))).isEmpty();
    }
}
