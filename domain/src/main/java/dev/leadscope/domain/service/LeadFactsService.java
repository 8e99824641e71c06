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
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.outcome.OutcomeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
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
        WorkspaceId workspace = items.get(0).workspace();
        Set<AccountId> known = accounts.existing(workspace, items.stream().map(IntentSignal::accountId).distinct().toList());
        List<IntentSignal> candidates = items.stream().filter(s -> known.contains(s.accountId())).toList();
        Map<IntentKey, IntentSignal> current = new HashMap<>();
        intent.findSame(workspace, candidates).forEach(s -> current.put(IntentKey.of(s), s));
        Map<IntentKey, IntentSignal> changed = new LinkedHashMap<>();
        for (IntentSignal signal : items) {
            if (known.contains(signal.accountId())) {
                Upserts.merge(IntentKey.of(signal), signal, true, current, changed, (stored, fresh) -> fresh, results);
            } else {
                results.add(new UpsertResult.Rejected("accountId: account not found: " + signal.accountId()));
            }
        }
        intent.recordAll(new ArrayList<>(changed.values()));
        return results;
    }

    @Override
    public List<UpsertResult> recordNotes(List<Note> items) {
        List<UpsertResult> results = new ArrayList<>(items.size());
        if (items.isEmpty()) {
            return results;
        }
        WorkspaceId workspace = items.get(0).workspace();
        Set<LeadId> known = leads.existing(workspace, items.stream().map(Note::leadId).distinct().toList());
        Map<NoteId, Note> current = new HashMap<>(notes.findAll(workspace,
                items.stream().filter(n -> known.contains(n.leadId())).map(Note::id).distinct().toList()));
        Map<NoteId, Note> changed = new LinkedHashMap<>();
        for (Note note : items) {
            if (known.contains(note.leadId())) {
                Upserts.merge(note.id(), note, true, current, changed, (stored, fresh) -> fresh, results);
            } else {
                results.add(new UpsertResult.Rejected("leadId: lead not found: " + note.leadId()));
            }
        }
        notes.saveAll(new ArrayList<>(changed.values()));
        return results;
    }

    @Override
    public List<UpsertResult> recordOutcomes(List<Outcome> items) {
        List<UpsertResult> results = new ArrayList<>(items.size());
        if (items.isEmpty()) {
            return results;
        }
        WorkspaceId workspace = items.get(0).workspace();
        Set<LeadId> known = leads.existing(workspace, items.stream().map(Outcome::leadId).distinct().toList());
        Map<OutcomeId, Outcome> current = new HashMap<>(outcomes.findAll(workspace,
                items.stream().filter(o -> known.contains(o.leadId())).map(Outcome::id).distinct().toList()));
        Map<OutcomeId, Outcome> changed = new LinkedHashMap<>();
        for (Outcome outcome : items) {
            if (known.contains(outcome.leadId())) {
                Upserts.merge(outcome.id(), outcome, true, current, changed, (stored, fresh) -> fresh, results);
            } else {
                results.add(new UpsertResult.Rejected("leadId: lead not found: " + outcome.leadId()));
            }
        }
        outcomes.saveAll(new ArrayList<>(changed.values()));
        return results;
    }

    /** What makes an intent signal unique: its account, topic and week. */
    private record IntentKey(AccountId account, String topic, java.time.LocalDate week) {
        static IntentKey of(IntentSignal s) {
            return new IntentKey(s.accountId(), s.topic(), s.weekStart());
        }
    }

    private void requireLead(WorkspaceId workspace, LeadId lead) {
        if (leads.existing(workspace, java.util.List.of(lead)).isEmpty()) {
            throw new LeadNotFoundException(lead);
        }
    }
}
