package dev.leadscope.domain.service;

import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.RepFeedback;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.port.in.RecordFeedbackUseCase;
import dev.leadscope.domain.port.in.RecordIntentUseCase;
import dev.leadscope.domain.port.in.RecordNoteUseCase;
import dev.leadscope.domain.port.in.RecordOutcomeUseCase;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.RepFeedbacks;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.port.in.UpsertResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Records the facts that arrive about leads and accounts besides events: intent, notes, outcomes, feedback. */
public final class LeadFactsService implements RecordIntentUseCase, RecordNoteUseCase, RecordOutcomeUseCase, RecordFeedbackUseCase {
    private final Leads leads;
    private final Accounts accounts;
    private final IntentSignals intent;
    private final Notes notes;
    private final Outcomes outcomes;
    private final RepFeedbacks feedback;

    public LeadFactsService(Leads leads, Accounts accounts, IntentSignals intent, Notes notes, Outcomes outcomes, RepFeedbacks feedback) {
        this.leads = Objects.requireNonNull(leads);
        this.accounts = Objects.requireNonNull(accounts);
        this.intent = Objects.requireNonNull(intent);
        this.notes = Objects.requireNonNull(notes);
        this.outcomes = Objects.requireNonNull(outcomes);
        this.feedback = Objects.requireNonNull(feedback);
    }

    @Override
    public IntentSignal record(IntentSignal signal) {
        if (accounts.findById(signal.workspace(), signal.accountId()).isEmpty()) {
            throw new AccountNotFoundException(signal.accountId());
        }
        intent.record(signal);
        return signal;
    }

    @Override
    public Note record(Note note) {
        requireLead(note.workspace(), note.leadId());
        notes.save(note);
        return note;
    }

    @Override
    public Outcome record(Outcome outcome) {
        requireLead(outcome.workspace(), outcome.leadId());
        outcomes.save(outcome);
        return outcome;
    }

    @Override
    public RepFeedback record(RepFeedback repFeedback) {
        requireLead(repFeedback.workspace(), repFeedback.leadId());
        feedback.save(repFeedback);
        return repFeedback;
    }

    @Override
    public List<UpsertResult> recordSignals(List<IntentSignal> items) {
        List<UpsertResult> results = new ArrayList<>(items.size());
        if (items.isEmpty()) {
            return results;
        }
        Set<AccountId> known = accounts.existing(items.get(0).workspace(), items.stream().map(IntentSignal::accountId).distinct().toList());
        for (IntentSignal signal : items) {
            if (!known.contains(signal.accountId())) {
                results.add(new UpsertResult.Rejected("accountId: account not found: " + signal.accountId()));
                continue;
            }
            Optional<IntentSignal> existing = intent.forAccount(signal.workspace(), signal.accountId(), signal.weekStart(),
                    signal.weekStart().plusDays(1)).stream().filter(s -> s.topic().equals(signal.topic())).findFirst();
            results.add(compareAndWrite(existing, signal, () -> intent.record(signal)));
        }
        return results;
    }

    @Override
    public List<UpsertResult> recordNotes(List<Note> items) {
        List<UpsertResult> results = new ArrayList<>(items.size());
        Set<LeadId> known = knownLeads(items.stream().map(Note::workspace).findFirst(), items.stream().map(Note::leadId).distinct().toList());
        for (Note note : items) {
            results.add(known.contains(note.leadId())
                    ? compareAndWrite(notes.findById(note.workspace(), note.id()), note, () -> notes.save(note))
                    : new UpsertResult.Rejected("leadId: lead not found: " + note.leadId()));
        }
        return results;
    }

    @Override
    public List<UpsertResult> recordOutcomes(List<Outcome> items) {
        List<UpsertResult> results = new ArrayList<>(items.size());
        Set<LeadId> known = knownLeads(items.stream().map(Outcome::workspace).findFirst(), items.stream().map(Outcome::leadId).distinct().toList());
        for (Outcome outcome : items) {
            results.add(known.contains(outcome.leadId())
                    ? compareAndWrite(outcomes.findById(outcome.workspace(), outcome.id()), outcome, () -> outcomes.save(outcome))
                    : new UpsertResult.Rejected("leadId: lead not found: " + outcome.leadId()));
        }
        return results;
    }

    private Set<LeadId> knownLeads(Optional<WorkspaceId> workspace, List<LeadId> ids) {
        return workspace.map(w -> leads.existing(w, ids)).orElse(Set.of());
    }

    private static <T> UpsertResult compareAndWrite(Optional<T> existing, T offered, Runnable write) {
        if (existing.isPresent() && existing.get().equals(offered)) {
            return UpsertResult.UNCHANGED;
        }
        write.run();
        return existing.isPresent() ? UpsertResult.UPDATED : UpsertResult.CREATED;
    }

    private void requireLead(WorkspaceId workspace, LeadId lead) {
        if (leads.existing(workspace, java.util.List.of(lead)).isEmpty()) {
            throw new LeadNotFoundException(lead);
        }
    }
}
