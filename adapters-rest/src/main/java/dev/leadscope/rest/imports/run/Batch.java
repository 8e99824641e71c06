package dev.leadscope.rest.imports.run;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.port.in.EventIngestResult;
import dev.leadscope.domain.port.in.ManageAccountsUseCase.AccountUpsert;
import dev.leadscope.domain.port.in.ManageLeadsUseCase.LeadUpsert;
import dev.leadscope.domain.port.in.UpsertResult;
import dev.leadscope.rest.imports.mapping.EntityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one source converted and waiting to be written together, with the line each came from. A batch is full at its
 * capacity in rows or, when given one, at its budget of text: the characters of the CSV fields its rows came from.
 */
final class Batch {
    private final EntityKind kind;
    private final List<Object> items;
    private final long[] lines;
    private final long charBudget;
    private long chars;

    Batch(EntityKind kind, int capacity, long charBudget) {
        this.kind = kind;
        this.items = new ArrayList<>(capacity);
        this.lines = new long[capacity];
        this.charBudget = charBudget;
    }

    /** Adds a row whose CSV fields held {@code rowChars} characters; true when the batch is now full. */
    boolean add(Object item, long line, int rowChars) {
        lines[items.size()] = line;
        items.add(item);
        chars += rowChars;
        return items.size() == lines.length || chars >= charBudget;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    long line(int i) {
        return lines[i];
    }

    /** Writes the batch through the use case of its kind, counting; one entry per item: null when stored, else why not. */
    List<String> write(ImportPorts ports, WorkspaceId workspace, Counters counters) {
        List<String> problems = new ArrayList<>(items.size());
        switch (kind) {
            case EVENT -> {
                List<EventIngestResult> results = ports.events().ingest(workspace, cast(ActivityEvent.class));
                for (EventIngestResult r : results) {
                    problems.add(eventProblem(r, counters));
                }
            }
            case ACCOUNT -> tally(ports.accounts().upsertAll(workspace, cast(AccountUpsert.class)), counters, problems);
            case LEAD -> tally(ports.leads().upsertAll(workspace, cast(LeadUpsert.class)), counters, problems);
            case OUTCOME -> tally(ports.outcomes().recordOutcomes(cast(Outcome.class)), counters, problems);
            case NOTE -> tally(ports.notes().recordNotes(cast(Note.class)), counters, problems);
            case INTENT -> tally(ports.intent().recordSignals(cast(IntentSignal.class)), counters, problems);
        }
        return problems;
    }

    private static String eventProblem(EventIngestResult r, Counters counters) {
        if (r instanceof EventIngestResult.Accepted) {
            counters.created.incrementAndGet();
            return null;
        }
        if (r instanceof EventIngestResult.AlreadyAccepted) {
            counters.unchanged.incrementAndGet();
            return null;
        }
        if (r instanceof EventIngestResult.UnknownLead u) {
            return "leadId: lead not found: " + u.leadId();
        }
        return "eventId: conflict: event " + r.eventId() + " is already stored with other content";
    }

    private static void tally(List<UpsertResult> results, Counters counters, List<String> problems) {
        for (UpsertResult r : results) {
            if (r instanceof UpsertResult.Created) {
                counters.created.incrementAndGet();
            } else if (r instanceof UpsertResult.Updated) {
                counters.updated.incrementAndGet();
            } else if (r instanceof UpsertResult.Unchanged) {
                counters.unchanged.incrementAndGet();
            }
            problems.add(r instanceof UpsertResult.Rejected rejected ? rejected.reason() : null);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cast(Class<T> type) {
        return (List<T>) (List<?>) items;
    }
}
