package dev.leadscope.ml.service;

import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import java.util.Objects;

/** The outbound ports the model services read and write, bundled so constructors stay short. */
public record StoredData(Leads leads, Accounts accounts, ActivityEvents events, Notes notes, Outcomes outcomes,
                         IntentSignals intent, LeadScores scores, ModelRegistry registry) {
    public StoredData {
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(registry, "registry");
    }
}
