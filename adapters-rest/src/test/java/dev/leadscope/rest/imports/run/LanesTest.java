package dev.leadscope.rest.imports.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.rest.imports.mapping.FileResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanesTest {
    private static final WorkspaceId WS = WorkspaceId.DEFAULT;
    private static final int LEADS = 40;
    private static final int EVENTS = 2 * ImportRunner.EVENT_BATCH + 5_000;

    @TempDir
    Path dir;

    @Test
    void givenEventsOfManyLeads_whenImported_thenEveryLeadsEventsAreWrittenByOneWriterInFileOrder() throws IOException {
        Path mapping = writeFiles();
        InMemoryPorts store = new InMemoryPorts();
        List<List<ActivityEvent>> batches = Collections.synchronizedList(new ArrayList<>());
        IngestEventsUseCase recording = (workspace, events) -> {
            batches.add(List.copyOf(events));
            return store.ports.events().ingest(workspace, events);
        };
        ImportPorts p = store.ports;
        Importer importer = new Importer(new ImportPorts(p.accounts(), p.leads(), recording, p.outcomes(), p.notes(), p.intent()));

        ImportSummary summary = importer.run(Importer.plan(mapping, FileResolver.relativeTo(dir)), r -> { }, new ImportProgress());

        assertThat(summary.sources().get(1).imported()).isEqualTo(EVENTS);
        assertThat(store.events.count(WS)).isEqualTo(EVENTS);
        assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(ImportRunner.EVENT_BATCH));
        assertThat(groupsOfLeadsSharingBatches(batches)).isEqualTo(ImportRunner.WRITERS);
        Map<String, Integer> lastSeen = new HashMap<>();
        for (List<ActivityEvent> batch : batches) {
            for (ActivityEvent e : batch) {
                int n = Integer.parseInt(e.id().value().substring(3));
                assertThat(n).as("event %s of lead %s comes after the lead's earlier events", e.id(), e.leadId())
                        .isGreaterThan(lastSeen.getOrDefault(e.leadId().value(), -1));
                lastSeen.put(e.leadId().value(), n);
            }
        }
    }

    @Test
    void givenOneLanePerWriter_whenAskedForAnEventsLane_thenTheLeadDecidesAndEveryLaneIsUsed() {
        Lanes lanes = new Lanes(2, 2);
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < LEADS; i++) {
            ActivityEvent first = event("ev-" + i, "lead-" + i);
            ActivityEvent second = event("ev-x" + i, "lead-" + i);
            assertThat(lanes.of(second)).isEqualTo(lanes.of(first));
            assertThat(lanes.slot(lanes.of(first))).isEqualTo(lanes.of(first));
            used.add(lanes.of(first));
        }
        assertThat(used).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void givenOneLane_whenBatchesAreSent_thenTheWritersTakeThemInTurn() {
        Lanes lanes = new Lanes(1, 2);

        assertThat(List.of(lanes.slot(lanes.of("a")), lanes.slot(lanes.of("b")), lanes.slot(lanes.of("c")))).containsExactly(0, 1, 0);
    }

    /** How many sets of leads the batches fall into, two batches being in one set when they share a lead. */
    private static int groupsOfLeadsSharingBatches(List<List<ActivityEvent>> batches) {
        Map<String, String> parent = new HashMap<>();
        for (List<ActivityEvent> batch : batches) {
            String first = root(parent, batch.get(0).leadId().value());
            for (ActivityEvent e : batch) {
                parent.put(root(parent, e.leadId().value()), first);
            }
        }
        Set<String> roots = new HashSet<>();
        for (String lead : parent.keySet()) {
            roots.add(root(parent, lead));
        }
        return roots.size();
    }

    private static String root(Map<String, String> parent, String lead) {
        String r = lead;
        while (parent.containsKey(r) && !parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.putIfAbsent(r, r);
        return r;
    }

    private static ActivityEvent event(String id, String lead) {
        return new ActivityEvent(WS, new EventId(id), new LeadId(lead), EventType.PAGE_VIEW, null, Instant.parse("2024-01-01T00:00:00Z"), Map.of());
    }

    private Path writeFiles() throws IOException {
        StringBuilder leads = new StringBuilder("lead_id\n");
        for (int i = 0; i < LEADS; i++) {
            leads.append("lead-").append(i).append('\n');
        }
        StringBuilder events = new StringBuilder("event_id,lead_id,type,occurred_at\n");
        for (int i = 0; i < EVENTS; i++) {
            events.append("ev-").append(i).append(",lead-").append((i * 7) % LEADS).append(",page_view,2024-01-01T00:00:00Z\n");
        }
        Files.writeString(dir.resolve("leads.csv"), leads);
        Files.writeString(dir.resolve("events.csv"), events);
        Path mapping = dir.resolve("mapping.yml");
        Files.writeString(mapping, """
                sources:
                  - file: leads.csv
                    kind: lead
                    fields: {lead_id: lead_id}
                  - file: events.csv
                    kind: event
                    fields: {event_id: event_id, lead_id: lead_id, type: type, occurred_at: occurred_at}
                """);
        return mapping;
    }
}
