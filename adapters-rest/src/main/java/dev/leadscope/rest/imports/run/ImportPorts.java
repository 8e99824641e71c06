package dev.leadscope.rest.imports.run;

import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.domain.port.in.ManageAccountsUseCase;
import dev.leadscope.domain.port.in.ManageLeadsUseCase;
import dev.leadscope.domain.port.in.RecordIntentUseCase;
import dev.leadscope.domain.port.in.RecordNoteUseCase;
import dev.leadscope.domain.port.in.RecordOutcomeUseCase;
import dev.leadscope.domain.port.out.EventBulkLoads;
import io.micronaut.context.BeanLocator;
import java.util.Objects;

/** The use cases an import writes through, and the event log's preparation for bulk loads. */
public record ImportPorts(ManageAccountsUseCase accounts, ManageLeadsUseCase leads, IngestEventsUseCase events,
                          RecordOutcomeUseCase outcomes, RecordNoteUseCase notes, RecordIntentUseCase intent,
                          EventBulkLoads eventLoads) {
    public ImportPorts {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(eventLoads, "eventLoads");
    }

    /** The use cases, over an event log that needs no preparation for bulk loads. */
    public ImportPorts(ManageAccountsUseCase accounts, ManageLeadsUseCase leads, IngestEventsUseCase events,
                       RecordOutcomeUseCase outcomes, RecordNoteUseCase notes, RecordIntentUseCase intent) {
        this(accounts, leads, events, outcomes, notes, intent, EventBulkLoads.NONE);
    }

    /** The use cases of a running application context. */
    public static ImportPorts of(BeanLocator beans) {
        return new ImportPorts(beans.getBean(ManageAccountsUseCase.class), beans.getBean(ManageLeadsUseCase.class),
                beans.getBean(IngestEventsUseCase.class), beans.getBean(RecordOutcomeUseCase.class), beans.getBean(RecordNoteUseCase.class),
                beans.getBean(RecordIntentUseCase.class), beans.findBean(EventBulkLoads.class).orElse(EventBulkLoads.NONE));
    }
}
