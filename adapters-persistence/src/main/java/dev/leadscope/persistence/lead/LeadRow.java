package dev.leadscope.persistence.lead;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Consent;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.LeadSource;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.lead.Seniority;
import dev.leadscope.domain.lead.TitleProfile;
import dev.leadscope.persistence.support.JsonColumns;
import dev.leadscope.persistence.support.RowKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A lead as one row of the {@code leads} table. */
@MappedEntity("leads")
record LeadRow(
        @EmbeddedId RowKey key,
        @Nullable String accountId,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String email,
        @Nullable String title,
        String seniority,
        String committeeRole,
        @Nullable String sourceChannel,
        @Nullable String sourceCampaign,
        @Nullable String owner,
        Instant createdAt,
        boolean consentEmailMarketing,
        boolean consentTracking,
        boolean consentProfiling,
        String attributes) {

    static LeadRow from(Lead lead) {
        return new LeadRow(new RowKey(lead.workspace().value(), lead.id().value()),
                lead.accountId() == null ? null : lead.accountId().value(),
                lead.firstName(), lead.lastName(), lead.email(), lead.title(),
                lead.titleProfile().seniority().name(), lead.titleProfile().role().name(),
                lead.source().channel(), lead.source().campaign(),
                lead.owner() == null ? null : lead.owner().value(),
                lead.createdAt(),
                lead.consent().emailMarketing(), lead.consent().tracking(), lead.consent().profiling(),
                JsonColumns.attributes(lead.attributes()));
    }

    /** Reads the row by hand: the entity mapper's column look-ups cost more than the query on a bulk read. */
    static LeadRow read(ResultSet rs) throws SQLException {
        return new LeadRow(new RowKey(rs.getString("workspace_id"), rs.getString("id")), rs.getString("account_id"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"), rs.getString("title"),
                rs.getString("seniority"), rs.getString("committee_role"), rs.getString("source_channel"),
                rs.getString("source_campaign"), rs.getString("owner"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("consent_email_marketing"), rs.getBoolean("consent_tracking"), rs.getBoolean("consent_profiling"),
                rs.getString("attributes"));
    }

    Lead toDomain() {
        return new Lead(new WorkspaceId(key.workspaceId()), new LeadId(key.id()),
                accountId == null ? null : new AccountId(accountId),
                firstName, lastName, email, title,
                new TitleProfile(Seniority.valueOf(seniority), CommitteeRole.valueOf(committeeRole)),
                new LeadSource(sourceChannel, sourceCampaign),
                owner == null ? null : new RepId(owner),
                createdAt,
                new Consent(consentEmailMarketing, consentTracking, consentProfiling),
                JsonColumns.attributes(attributes));
    }
}
