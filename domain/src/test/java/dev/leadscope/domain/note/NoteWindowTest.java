package dev.leadscope.domain.note;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteWindowTest {
    private static final LeadId LEAD = new LeadId("l1");

    private static Note at(String id, long minutes) {
        return note(WorkspaceId.DEFAULT, id, LEAD, T0.plusSeconds(60 * minutes));
    }

    @Test
    void givenALeadsNotesOldestFirst_whenWindowed_thenThoseWrittenFromInclusiveToExclusiveUpToTheLimit() {
        List<Note> notes = List.of(at("n1", 0), at("n2", 10), at("n3", 20), at("n4", 30));

        assertThat(Note.written(notes, T0.plusSeconds(600), T0.plusSeconds(1800), 10)).extracting(n -> n.id().value())
                .containsExactly("n2", "n3");
        assertThat(Note.written(notes, T0, T0.plusSeconds(3600), 2)).extracting(n -> n.id().value()).containsExactly("n1", "n2");
        assertThat(Note.written(notes, T0, T0.plusSeconds(3600), 0)).isEmpty();
    }
}
