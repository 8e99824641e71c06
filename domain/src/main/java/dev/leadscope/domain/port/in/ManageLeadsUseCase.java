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
import java.util.List;

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

    /** One lead offered to {@link #upsertAll}. */
    record LeadUpsert(LeadId id, LeadDetails details) {
        public LeadUpsert {
            java.util.Objects.requireNonNull(id, "leadId");
            java.util.Objects.requireNonNull(details, "details");
        }
    }

    /** The largest list one {@link #upsertAll} call accepts. */
    int MAX_BULK = 10_000;

    /**
     * Creates or replaces each lead like {@link #upsert}, in order, writing only what changed. An invalid item
     * or one naming an unknown account is {@link UpsertResult.Rejected} and never stops the others.
     *
     * @return one result per item, in the order given
     * @throws IllegalArgumentException when more than {@link #MAX_BULK} items are given
     */
    List<UpsertResult> upsertAll(WorkspaceId workspace, List<LeadUpsert> items);

    /** @throws LeadNotFoundException when it does not exist */
    Lead get(WorkspaceId workspace, LeadId id);

    Page<Lead> list(WorkspaceId workspace, LeadFilter filter, PageRequest page);
}
