package dev.leadscope.rest.support;

import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.fixtures.InMemoryRepFeedbacks;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.RepFeedbacks;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** In-memory stores behind the outbound ports, for running the API before the database adapters are on the classpath. */
@Factory
public class InMemoryStores {
    @Singleton
    Leads leads() {
        return new InMemoryLeads();
    }

    @Singleton
    Accounts accounts() {
        return new InMemoryAccounts();
    }

    @Singleton
    ActivityEvents events() {
        return new InMemoryActivityEvents();
    }

    @Singleton
    IntentSignals intent() {
        return new InMemoryIntentSignals();
    }

    @Singleton
    Notes notes() {
        return new InMemoryNotes();
    }

    @Singleton
    Outcomes outcomes() {
        return new InMemoryOutcomes();
    }

    @Singleton
    RepFeedbacks feedback() {
        return new InMemoryRepFeedbacks();
    }
}
