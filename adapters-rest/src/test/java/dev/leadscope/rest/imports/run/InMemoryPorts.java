package dev.leadscope.rest.imports.run;

import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.fixtures.InMemoryRepFeedbacks;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.service.AccountService;
import dev.leadscope.domain.service.EventIngestService;
import dev.leadscope.domain.service.LeadFactsService;
import dev.leadscope.domain.service.LeadService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The domain services over in-memory stores, for import tests that need no database. */
final class InMemoryPorts {
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final InMemoryLeads leads = new InMemoryLeads();
    final InMemoryActivityEvents events = new InMemoryActivityEvents();
    final InMemoryOutcomes outcomes = new InMemoryOutcomes();
    final InMemoryNotes notes = new InMemoryNotes();
    final InMemoryIntentSignals intent = new InMemoryIntentSignals();
    final ImportPorts ports;

    InMemoryPorts() {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC);
        LeadFactsService facts = new LeadFactsService(leads, accounts, intent, notes, outcomes, new InMemoryRepFeedbacks());
        ports = new ImportPorts(new AccountService(accounts, clock), new LeadService(leads, accounts, new TitlePolicy(), clock),
                new EventIngestService(events, leads), facts, facts, facts);
    }
}
