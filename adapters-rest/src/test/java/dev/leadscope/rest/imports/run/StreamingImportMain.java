package dev.leadscope.rest.imports.run;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.fixtures.InMemoryRepFeedbacks;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.service.AccountService;
import dev.leadscope.domain.service.EventIngestService;
import dev.leadscope.domain.service.LeadFactsService;
import dev.leadscope.domain.service.LeadService;
import dev.leadscope.rest.imports.mapping.FileResolver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an import in its own JVM (started by {@link ImportMemoryTest} with a small heap) against stores that
 * count events and keep nothing of them, so the heap it needs is the importer's own; prints the imported count.
 */
public final class StreamingImportMain {
    private StreamingImportMain() {
    }

    public static void main(String[] args) throws Exception {
        Path mapping = Path.of(args[0]);
        InMemoryLeads leads = new InMemoryLeads();
        InMemoryAccounts accounts = new InMemoryAccounts();
        CountingEvents events = new CountingEvents();
        LeadFactsService facts = new LeadFactsService(leads, accounts, new InMemoryIntentSignals(), new InMemoryNotes(), new InMemoryOutcomes(),
                new InMemoryRepFeedbacks());
        ImportPorts ports = new ImportPorts(new AccountService(accounts, Clock.systemUTC()),
                new LeadService(leads, accounts, new TitlePolicy(), Clock.systemUTC()), new EventIngestService(events, leads), facts, facts, facts);
        ImportSummary summary = new Importer(ports).run(Importer.plan(mapping, FileResolver.relativeTo(mapping.getParent())),
                r -> {
                    throw new IllegalStateException("rejected: " + r);
                }, new ImportProgress());
        System.out.println("imported " + summary.imported() + " events " + events.appended.get());
    }

    /** An event log that counts appends and stores nothing. */
    private static final class CountingEvents implements ActivityEvents {
        final AtomicLong appended = new AtomicLong();

        @Override
        public Set<EventId> appendAbsent(List<ActivityEvent> batch) {
            appended.addAndGet(batch.size());
            return Set.of();
        }

        @Override
        public Set<EventId> appendAbsentMarkingPending(List<ActivityEvent> batch, Instant at) {
            return appendAbsent(batch);
        }

        @Override
        public Map<EventId, String> fingerprints(WorkspaceId workspace, Collection<EventId> ids) {
            return Map.of();
        }

        @Override
        public List<ActivityEvent> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit) {
            return List.of();
        }

        @Override
        public long count(WorkspaceId workspace) {
            return appended.get();
        }
    }
}
