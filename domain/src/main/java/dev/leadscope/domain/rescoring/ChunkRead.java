package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.outcome.Outcome;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one chunk of a bulk rescoring read of the stores, once: its leads (each account's leads together, ordered as the
 * store lists an account's leads), every member of each of their accounts (all in the chunk), the stored accounts, each
 * lead's events (as scores read them: {@link dev.leadscope.domain.port.out.ActivityEvents#behaviourOf}), notes and outcomes
 * (oldest first) and each stored account's intent signals. Scoring the chunk, scoring
 * its accounts and qualifying its leads all answer from it.
 *
 * @param members each account's leads, for the accounts the chunk's leads name (all of them are in {@code leads})
 */
public record ChunkRead(WorkspaceId workspace, List<Lead> leads, Map<AccountId, List<Lead>> members,
                        Map<AccountId, Account> accounts, Map<LeadId, List<ActivityEvent>> events, Map<LeadId, List<Note>> notes,
                        Map<LeadId, List<Outcome>> outcomes, Map<AccountId, List<IntentSignal>> intent) {
    public ChunkRead {
        Objects.requireNonNull(workspace, "workspace");
        leads = List.copyOf(leads);
        members = frozen(members);
        accounts = Map.copyOf(accounts);
        events = frozen(events);
        notes = frozen(notes);
        outcomes = frozen(outcomes);
        intent = frozen(intent);
        for (Lead l : leads) {
            if (!l.workspace().equals(workspace)) {
                throw new IllegalArgumentException("lead " + l.id().value() + " is not of workspace " + workspace.value());
            }
            if (l.accountId() != null && !members.containsKey(l.accountId())) {
                throw new IllegalArgumentException("the members of account " + l.accountId().value() + " of lead " + l.id().value()
                        + " are not in the chunk");
            }
        }
    }

    private static <K, V> Map<K, List<V>> frozen(Map<K, List<V>> lists) {
        Map<K, List<V>> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** The ids of the chunk's leads, in order. */
    public List<LeadId> leadIds() {
        return leads.stream().map(Lead::id).toList();
    }

    /** The lead's events, oldest first (empty when it has none). */
    public List<ActivityEvent> eventsOf(LeadId lead) {
        return events.getOrDefault(lead, List.of());
    }

    /** The lead's notes, oldest first (empty when it has none). */
    public List<Note> notesOf(LeadId lead) {
        return notes.getOrDefault(lead, List.of());
    }

    /** The lead's outcomes, oldest first (empty when it has none). */
    public List<Outcome> outcomesOf(LeadId lead) {
        return outcomes.getOrDefault(lead, List.of());
    }
}
