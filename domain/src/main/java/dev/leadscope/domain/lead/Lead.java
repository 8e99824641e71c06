package dev.leadscope.domain.lead;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.CustomAttributes;
import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.common.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person who may buy, at an account or on their own. Seniority and committee role are derived from
 * the title by {@link TitlePolicy} when the lead is created or its title changes.
 */
public record Lead(
        WorkspaceId workspace,
        LeadId id,
        AccountId accountId,
        String firstName,
        String lastName,
        String email,
        String title,
        TitleProfile titleProfile,
        LeadSource source,
        RepId owner,
        Instant createdAt,
        Consent consent,
        CustomAttributes attributes) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Lead {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        firstName = Texts.optional("firstName", firstName, 128);
        lastName = Texts.optional("lastName", lastName, 128);
        email = Texts.optional("email", email, 320);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email is not an e-mail address: '" + email + "'");
        }
        title = Texts.optional("title", title, 256);
        titleProfile = titleProfile == null ? TitleProfile.UNKNOWN : titleProfile;
        source = source == null ? LeadSource.UNKNOWN : source;
        createdAt = Instants.micros(Objects.requireNonNull(createdAt, "createdAt"));
        consent = consent == null ? Consent.DEFAULT : consent;
        attributes = attributes == null ? CustomAttributes.NONE : attributes;
    }

    /** The account this lead belongs to, if any. */
    public Optional<AccountId> account() {
        return Optional.ofNullable(accountId);
    }

    public Seniority seniority() {
        return titleProfile.seniority();
    }

    public CommitteeRole committeeRole() {
        return titleProfile.role();
    }

    /** This lead with the descriptive fields of {@code other}, keeping identity and creation time. */
    public Lead updatedFrom(Lead other) {
        return new Lead(workspace, id, other.accountId, other.firstName, other.lastName, other.email, other.title,
                other.titleProfile, other.source, other.owner, createdAt, other.consent, other.attributes);
    }
}
