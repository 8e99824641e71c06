package dev.leadscope.persistence.rescoring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.rescoring.PendingLead;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Marks and clears that meet a lead's marker row held uncommitted by another transaction (two import writers marking
 * overlapping leads, or a rescoring clearing while an import marks): they wait for it, even past H2's default lock
 * timeout, and a mark made after a rescoring read the marker survives that rescoring's clear.
 */
abstract class JdbcPendingMarksRaceTest {
    /** Longer than H2's default lock timeout (2 s), which a mark waiting on another writer's commit must outlast. */
    private static final long HELD_MS = 2_500;
    private static final LeadId A = new LeadId("a");
    private static final LeadId B = new LeadId("b");
    private static final LeadId C = new LeadId("c");

    abstract ApplicationContext context();

    @Test
    void givenMarkersHeldUncommittedByAnotherWriter_whenTheSameLeadsAreMarked_thenTheMarkWaitsAndGetsTheNewerNumber() throws Exception {
        WorkspaceId ws = Fixtures.freshWorkspace();
        PendingRescoring pending = context().getBean(PendingRescoring.class);
        pending.mark(ws, List.of(A), T0);   // a has a row (updated in place), b gets one in the held transaction
        CompletableFuture<Void> mark;
        try (Connection other = rawDataSource().getConnection()) {
            other.setAutoCommit(false);
            PendingMarks.insert(other, ws, List.of(A, B), T0.plusSeconds(1));
            mark = CompletableFuture.runAsync(() -> pending.mark(ws, List.of(C, B, A), T0.plusSeconds(2)));
            Thread.sleep(HELD_MS);
            assertThat(mark).isNotDone();
            other.commit();
        }
        mark.get(60, TimeUnit.SECONDS);

        List<PendingLead> found = pending.find(ws, List.of(A, B, C));
        assertThat(found).extracting(p -> p.lead().value()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(found).allSatisfy(p -> assertThat(p.mark()).isGreaterThan(0));
        PendingLead a = found.stream().filter(p -> p.lead().equals(A)).findFirst().orElseThrow();
        assertThat(a.since()).isEqualTo(T0);
        assertThat(pending.count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void givenAMarkUncommittedAfterARescoringReadTheMarker_whenTheRescoringClears_thenTheLeadStaysPending() throws Exception {
        WorkspaceId ws = Fixtures.freshWorkspace();
        PendingRescoring pending = context().getBean(PendingRescoring.class);
        pending.mark(ws, List.of(A), T0);
        List<PendingLead> read = pending.find(ws, List.of(A));
        CompletableFuture<Void> clear;
        try (Connection other = rawDataSource().getConnection()) {
            other.setAutoCommit(false);
            PendingMarks.insert(other, ws, List.of(A), T0.plusSeconds(5));
            clear = CompletableFuture.runAsync(() -> pending.clear(read));
            Thread.sleep(300);
            other.commit();
        }
        clear.get(60, TimeUnit.SECONDS);

        List<PendingLead> after = pending.find(ws, List.of(A));
        assertThat(after).hasSize(1);
        assertThat(after.get(0).mark()).isGreaterThan(read.get(0).mark());
        assertThat(after.get(0).since()).isEqualTo(T0.plusSeconds(5));
    }

    private DataSource rawDataSource() {
        return context().getBean(DataSourceResolver.class).resolve(context().getBean(DataSource.class));
    }
}
