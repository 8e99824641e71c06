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
import java.util.Objects;

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

    private void requireLead(WorkspaceId workspace, LeadId lead) {
        if (leads.existing(workspace, java.util.List.of(lead)).isEmpty()) {
            throw new LeadNotFoundException(lead);
        }
    }
}
