package dev.leadscope.domain.account;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.CustomAttributes;
import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.common.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A company that may buy: firmographics, technographics, contract renewal and custom attributes. */
public record Account(
        WorkspaceId workspace,
        AccountId id,
        String name,
        String domain,
        Firmographics firmographics,
        Technographics technographics,
        LocalDate contractRenewalDate,
        CustomAttributes attributes,
        Instant createdAt) {

    public Account {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        name = Texts.required("name", name, 256);
        domain = Texts.optional("domain", domain, 253);
        firmographics = firmographics == null ? Firmographics.UNKNOWN : firmographics;
        technographics = technographics == null ? Technographics.NONE : technographics;
        attributes = attributes == null ? CustomAttributes.NONE : attributes;
        createdAt = Instants.micros(Objects.requireNonNull(createdAt, "createdAt"));
    }

    /** This account with the descriptive fields of {@code other}, keeping identity and creation time. */
    public Account updatedFrom(Account other) {
        return new Account(workspace, id, other.name, other.domain, other.firmographics, other.technographics,
                other.contractRenewalDate, other.attributes, createdAt);
    }
}
