package dev.leadscope.rest.realtime;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.port.in.ManageLeadsUseCase;
import dev.leadscope.domain.port.in.RecordNoteUseCase;
import dev.leadscope.domain.port.in.RecordOutcomeUseCase;
import dev.leadscope.domain.port.in.UpsertResult;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.domain.service.LeadFactsService;
import dev.leadscope.domain.service.LeadService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Puts {@link LeadChanges} in front of the use cases that change what a lead's score depends on besides events:
 * lead creation and updates, notes and outcomes, from the API and imports alike.
 */
@Factory
public class LeadChangeWiring {

    @Primary
    @Singleton
    RecordNoteUseCase rescoringNotes(LeadFactsService facts, LeadChanges changes) {
        return new RecordNoteUseCase() {
            @Override
            public Note record(Note note) {
                return changes.around(note.workspace(), List.of(note.leadId()), () -> facts.record(note));
            }

            @Override
            public List<UpsertResult> recordNotes(List<Note> items) {
                if (items.isEmpty()) {
                    return facts.recordNotes(items);
                }
                return changes.around(items.get(0).workspace(), items.stream().map(Note::leadId).distinct().toList(),
                        () -> facts.recordNotes(items));
            }
        };
    }

    @Primary
    @Singleton
    RecordOutcomeUseCase rescoringOutcomes(LeadFactsService facts, LeadChanges changes) {
        return new RecordOutcomeUseCase() {
            @Override
            public Outcome record(Outcome outcome) {
                return changes.around(outcome.workspace(), List.of(outcome.leadId()), () -> facts.record(outcome));
            }

            @Override
            public List<UpsertResult> recordOutcomes(List<Outcome> items) {
                if (items.isEmpty()) {
                    return facts.recordOutcomes(items);
                }
                return changes.around(items.get(0).workspace(), items.stream().map(Outcome::leadId).distinct().toList(),
                        () -> facts.recordOutcomes(items));
            }
        };
    }

    @Primary
    @Singleton
    ManageLeadsUseCase rescoringLeads(LeadService leads, LeadChanges changes) {
        return new ManageLeadsUseCase() {
            @Override
            public Lead create(WorkspaceId workspace, LeadId id, LeadDetails details) {
                // without an id the service refuses the request: nothing to mark
                return id == null ? leads.create(workspace, id, details)
                        : changes.around(workspace, List.of(id), () -> leads.create(workspace, id, details));
            }

            @Override
            public Lead update(WorkspaceId workspace, LeadId id, LeadDetails details) {
                // without an id the service refuses the request: nothing to mark
                return id == null ? leads.update(workspace, id, details)
                        : changes.around(workspace, List.of(id), () -> leads.update(workspace, id, details));
            }

            @Override
            public Lead upsert(WorkspaceId workspace, LeadId id, LeadDetails details) {
                // without an id the service refuses the request: nothing to mark
                return id == null ? leads.upsert(workspace, id, details)
                        : changes.around(workspace, List.of(id), () -> leads.upsert(workspace, id, details));
            }

            @Override
            public List<UpsertResult> upsertAll(WorkspaceId workspace, List<LeadUpsert> items) {
                if (items.isEmpty()) {
                    return leads.upsertAll(workspace, items);
                }
                return changes.around(workspace, items.stream().map(LeadUpsert::id).distinct().toList(),
                        () -> leads.upsertAll(workspace, items));
            }

            @Override
            public Lead get(WorkspaceId workspace, LeadId id) {
                return leads.get(workspace, id);
            }

            @Override
            public Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page) {
                return leads.list(workspace, filter, page);
            }
        };
    }
}
