package dev.leadscope.domain.port.in;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.CustomAttributes;
import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Consent;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.LeadSource;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.out.LeadFilter;
import java.time.Instant;

/** Creates, changes, reads and lists leads; seniority and committee role are derived from the title. */
public interface ManageLeadsUseCase {

    /** Everything about a lead that a caller sets; {@code createdAt} null means now, {@code consent} null the default. */
    record LeadDetails(AccountId accountId, String firstName, String lastName, String email, String title, LeadSource source,
                       RepId owner, Instant createdAt, Consent consent, CustomAttributes attributes) {
    }

    /**
     * Creates a lead; a {@code null} id is generated.
     *
     * @throws AlreadyExistsException when the id is taken
     * @throws AccountNotFoundException when {@code details.accountId} names no account
     */
    Lead create(WorkspaceId workspace, LeadId id, LeadDetails details);

    /**
     * Replaces a lead's details.
     *
     * @throws LeadNotFoundException when it does not exist
     * @throws AccountNotFoundException when {@code details.accountId} names no account
     */
    Lead update(WorkspaceId workspace, LeadId id, LeadDetails details);

    /** Creates the lead or replaces its details. @throws AccountNotFoundException for an unknown account */
    Lead upsert(WorkspaceId workspace, LeadId id, LeadDetails details);

    /** @throws LeadNotFoundException when it does not exist */
    Lead get(WorkspaceId workspace, LeadId id);

    Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page);
}
