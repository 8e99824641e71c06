package dev.leadscope.persistence.note;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.persistence.support.RowKey;
import dev.leadscope.persistence.support.StoredIds;
import dev.leadscope.persistence.support.Upserts;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Notes in the {@code notes} table. */
@Singleton
public class JdbcNotes implements Notes {
    private final NoteRowRepository rows;
    private final Upserts<NoteRow> upserts;
    private final StoredIds stored;

    JdbcNotes(NoteRowRepository rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.stored = new StoredIds(tx, "notes", "id");
        this.upserts = new Upserts<>(tx, rows, NoteRow::key, stored::existing);
    }

    @Override
    public void saveAll(List<Note> notes) {
        upserts.saveAll(notes.stream().map(NoteRow::from).toList());
    }

    @Override
    public Map<NoteId, Note> findAll(WorkspaceId workspace, Collection<NoteId> ids) {
        Map<NoteId, Note> found = new HashMap<>();
        for (NoteRow row : stored.rows(workspace.value(), ids.stream().map(NoteId::value).toList(), NoteRow::read)) {
            found.put(new NoteId(row.key().id()), row.toDomain());
        }
        return found;
    }

    @Override
    public void save(Note note) {
        upserts.saveAll(List.of(NoteRow.from(note)));
    }

    @Override
    public Optional<Note> findById(WorkspaceId workspace, NoteId id) {
        return rows.findById(new RowKey(workspace.value(), id.value())).map(NoteRow::toDomain);
    }

    @Override
    public List<Note> forLead(WorkspaceId workspace, LeadId lead, Instant from, Instant to, int limit) {
        return rows.findForLead(workspace.value(), lead.value(), from, to, limit).stream().map(NoteRow::toDomain).toList();
    }

    @Override
    public Map<LeadId, List<Note>> forLeads(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<LeadId, List<Note>> out = new LinkedHashMap<>();
        for (NoteRow row : stored.rowsBy("lead_id", workspace.value(), leads.stream().map(LeadId::value).toList(),
                NoteRow::read)) {
            Note n = row.toDomain();
            out.computeIfAbsent(n.leadId(), k -> new ArrayList<>()).add(n);
        }
        out.values().forEach(notes -> notes.sort(Comparator.comparing(Note::writtenAt).thenComparing(n -> n.id().value())));
        return out;
    }
}
