package dev.leadscope.persistence.event;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.persistence.rescoring.PendingMarks;
import dev.leadscope.persistence.support.StoredIds;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The event log in the {@code activity_events} table. Appends and fingerprint look-ups are the ingest hot
 * path and use plain JDBC ({@link EventInserts}); {@code INSERT ... ON CONFLICT DO NOTHING} lets concurrent
 * appends of the same ids store each once without failing. An append can write the pending-rescoring markers of
 * the leads it stored in its own transaction ({@link PendingMarks}). Fingerprints are not stored: a stored event's is
 * computed from its row, which holds everything it digests.
 */
@Singleton
public class JdbcActivityEvents implements ActivityEvents {
    private static final Comparator<ActivityEvent> LOCK_ORDER = Comparator
            .comparing((ActivityEvent e) -> e.workspace().value()).thenComparing(e -> e.id().value());
    private static final int ATTEMPTS = 4;
    /**
     * How many stored ids per wanted id the range scan of {@link EventIdRange} reads at most before the ids are looked up
     * one by one: an import writer's batch interleaves with about as many ids of the other writer's batches.
     */
    private static final int RANGE_FACTOR = 3;

    private final EventRowRepository rows;
    private final TransactionOperations<Connection> tx;
    private final StoredIds stored;
    private final JdbcOperations jdbc;
    /** Whether the database orders text as Java does, so that {@link EventIdRange} may rule most of a batch's ids out at once. */
    private final boolean textInJavaOrder;

    JdbcActivityEvents(EventRowRepository rows, TransactionOperations<Connection> tx, JdbcOperations jdbc) {
        this.stored = new StoredIds(tx, "activity_events", "id");
        this.jdbc = jdbc;
        this.rows = rows;
        this.tx = tx;
        this.textInJavaOrder = tx.executeRead(status -> JdbcEventBulkLoads.isH2(status.getConnection()));
    }

    @Override
    public Set<EventId> appendAbsent(List<ActivityEvent> events) {
        return append(events, null);
    }

    @Override
    public Set<EventId> appendAbsentMarkingPending(List<ActivityEvent> events, Instant at) {
        return append(events, Objects.requireNonNull(at, "at"));
    }

    /** Appends in one transaction; with {@code markAt}, the markers of the stored events' leads are written in it too. */
    private Set<EventId> append(List<ActivityEvent> events, Instant markAt) {
        if (events.isEmpty()) {
            return Set.of();
        }
        // Rows are locked in one order by every append, so two appends of overlapping ids cannot deadlock.
        List<ActivityEvent> ordered = events.stream().sorted(LOCK_ORDER).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.executeWrite(status -> {
                    Set<EventId> present = insert(status.getConnection(), ordered);
                    if (markAt != null) {
                        mark(status.getConnection(), ordered, present, markAt);
                    }
                    return present;
                });
            } catch (RuntimeException e) {
                // A concurrent append of the same ids can abort this transaction (H2 reports the clash); the retry sees them stored.
                if (attempt == ATTEMPTS || !(e.getCause() instanceof SQLException || e instanceof StoreException)) {
                    throw e;
                }
            }
        }
    }

    private static Set<EventId> insert(Connection connection, List<ActivityEvent> events) {
        try {
            return EventInserts.insert(connection, events);
        } catch (SQLException e) {
            throw new StoreException("appending " + events.size() + " events failed", e);
        }
    }

    /** Marks the lead of every stored event (the ones not {@code present}), last, so the markers' ids are taken just before the commit. */
    private static void mark(Connection connection, List<ActivityEvent> events, Set<EventId> present, Instant at) {
        Map<WorkspaceId, Set<LeadId>> leadsByWorkspace = new LinkedHashMap<>();
        for (ActivityEvent e : events) {
            if (!present.contains(e.id())) {
                leadsByWorkspace.computeIfAbsent(e.workspace(), w -> new LinkedHashSet<>()).add(e.leadId());
            }
        }
        try {
            for (Map.Entry<WorkspaceId, Set<LeadId>> entry : leadsByWorkspace.entrySet()) {
                PendingMarks.insert(connection, entry.getKey(), entry.getValue(), at);
            }
        } catch (SQLException e) {
            throw new StoreException("marking the leads of " + events.size() + " appended events pending failed", e);
        }
    }

    @Override
    public Map<EventId, String> fingerprints(WorkspaceId workspace, Collection<EventId> ids) {
        Map<EventId, String> found = new HashMap<>();
        List<String> wanted = ids.stream().map(EventId::value).distinct().toList();
        if (wanted.isEmpty()) {
            return found;
        }
        if (textInJavaOrder) {
            Optional<Set<String>> inRange = storedBetween(workspace, wanted);
            if (inRange.isPresent()) {
                wanted = wanted.stream().filter(inRange.get()::contains).toList();
                if (wanted.isEmpty()) {
                    return found;
                }
            }
        }
        for (EventRow row : stored.rows(workspace.value(), wanted, rs -> jdbc.readEntity(rs, EventRow.class))) {
            found.put(new EventId(row.key().id()), row.toDomain().fingerprint());
        }
        return found;
    }

    /** The stored ids between the least and the greatest wanted, unless there are more than {@link #RANGE_FACTOR} times as many. */
    private Optional<Set<String>> storedBetween(WorkspaceId workspace, List<String> ids) {
        return tx.executeRead(status -> {
            try {
                return EventIdRange.storedBetween(status.getConnection(), workspace.value(), ids, RANGE_FACTOR * ids.size());
            } catch (SQLException e) {
                throw new StoreException("scanning the stored event ids around " + ids.size() + " ids failed", e);
            }
        });
    }

    @Override
    public List<ActivityEvent> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit) {
        return rows.findForLead(workspace.value(), lead.value(), from, to, limit).stream().map(EventRow::toDomain).toList();
    }

    @Override
    public long count(WorkspaceId workspace) {
        return rows.countInWorkspace(workspace.value());
    }

    @Override
    public Map<LeadId, List<ActivityEvent>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        // mapped by hand: the entity mapper cost more than the query on a bulk read of every event
        return byLead(stored.rowsBy("lead_id", workspace.value(), ids(leads), rs -> EventRow.read(rs).toDomain()));
    }

    /** Without the properties: every column read is in the (workspace, lead, time, id, type, category) index, so no table page is. */
    @Override
    public Map<LeadId, List<ActivityEvent>> behaviourOf(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<String, LeadId> byValue = new LinkedHashMap<>();
        leads.forEach(l -> byValue.putIfAbsent(l.value(), l));
        return byLead(stored.columnsBy(EventRow.BEHAVIOUR_COLUMNS, "lead_id", workspace.value(), List.copyOf(byValue.keySet()),
                (lead, rs) -> EventRow.behaviour(workspace, byValue.get(lead), rs)));
    }

    private static List<String> ids(Collection<LeadId> leads) {
        return leads.stream().map(LeadId::value).toList();
    }

    /** The events grouped by lead, in the order of each lead's first, each lead's oldest first. */
    private static Map<LeadId, List<ActivityEvent>> byLead(List<ActivityEvent> events) {
        Map<LeadId, List<ActivityEvent>> out = new LinkedHashMap<>();
        for (ActivityEvent e : events) {
            out.computeIfAbsent(e.leadId(), k -> new ArrayList<>()).add(e);
        }
        out.values().forEach(list -> list.sort(Comparator.comparing(ActivityEvent::occurredAt).thenComparing(e -> e.id().value())));
        return out;
    }
}
