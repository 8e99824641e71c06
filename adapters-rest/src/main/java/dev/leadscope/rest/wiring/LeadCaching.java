package dev.leadscope.rest.wiring;

import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.rescoring.MembersMemo;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Puts {@link HotMembers} (not listing) in front of the lead store wherever it is injected, so that every lead saved
 * through this instance drops the member pages kept in {@link MemberLists}.
 */
@Singleton
class LeadCaching implements BeanCreatedEventListener<Leads> {
    private final MemberLists lists;

    LeadCaching(MemberLists lists) {
        this.lists = lists;
    }

    @Override
    public Leads onCreated(BeanCreatedEvent<Leads> event) {
        Leads stored = event.getBean();
        // the batch memo is a face of the store already wrapped, injected by its own type
        return lists.off() || stored instanceof HotMembers || stored instanceof MembersMemo ? stored : new HotMembers(stored, lists, false);
    }
}
