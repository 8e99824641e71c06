package dev.leadscope.rest.wiring;

import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.rescoring.IntentMemo;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.RepFeedbacks;
import dev.leadscope.domain.service.AccountService;
import dev.leadscope.domain.service.EventIngestService;
import dev.leadscope.domain.service.LeadFactsService;
import dev.leadscope.domain.service.LeadService;
import dev.leadscope.domain.service.TimelineService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Turns the framework-free domain services into beans, wired to whichever adapters implement the outbound ports. */
@Factory
public class UseCases {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    TitlePolicy titlePolicy() {
        return new TitlePolicy();
    }

    @Singleton
    AccountService accounts(Accounts accounts, Clock clock) {
        return new AccountService(accounts, clock);
    }

    @Singleton
    LeadService leads(Leads leads, Accounts accounts, TitlePolicy titlePolicy, Clock clock) {
        return new LeadService(leads, accounts, titlePolicy, clock);
    }

    @Singleton
    EventIngestService eventIngest(ActivityEvents events, Leads leads) {
        return new EventIngestService(events, leads);
    }

    @Singleton
    LeadFactsService leadFacts(Leads leads, Accounts accounts, IntentMemo intent, Notes notes, Outcomes outcomes,
                               RepFeedbacks feedback) {
        // through the memo, so that intent recorded here drops the accounts' signals kept in memory
        return new LeadFactsService(leads, accounts, intent, notes, outcomes, feedback);
    }

    @Singleton
    TimelineService timeline(Leads leads, ActivityEvents events, Notes notes, Outcomes outcomes) {
        return new TimelineService(leads, events, notes, outcomes);
    }
}
