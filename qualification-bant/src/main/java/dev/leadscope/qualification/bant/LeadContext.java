package dev.leadscope.qualification.bant;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.note.Note;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What is known about a lead at {@code asOf}: the lead, its account (null when it has none), its recent events
 * and notes, the account's recent intent, and the leads of the account's economic buyers active lately.
 */
public record LeadContext(Lead lead, Account account, List<ActivityEvent> events, List<IntentSignal> intent,
                          List<Note> notes, List<Lead> engagedEconomicBuyers, Instant asOf) {
    public LeadContext {
        Objects.requireNonNull(lead, "lead");
        events = events == null ? List.of() : List.copyOf(events);
        intent = intent == null ? List.of() : List.copyOf(intent);
        notes = notes == null ? List.of() : List.copyOf(notes);
        engagedEconomicBuyers = engagedEconomicBuyers == null ? List.of() : List.copyOf(engagedEconomicBuyers);
        Objects.requireNonNull(asOf, "asOf");
    }
}
