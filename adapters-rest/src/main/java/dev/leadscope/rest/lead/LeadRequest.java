package dev.leadscope.rest.lead;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.lead.LeadSource;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.port.in.ManageLeadsUseCase.LeadDetails;
import dev.leadscope.rest.common.AttributeDto;
import dev.leadscope.rest.common.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;

/** A lead to create or replace; {@code id} is used on create only (generated when absent). */
@Serdeable
public record LeadRequest(
        @Nullable @Size(max = 128) @Schema(description = "Your id for the lead; generated when absent") String id,
        @Nullable @Schema(description = "The account the person works at; must exist") String accountId,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String email,
        @Nullable @Schema(description = "Job title; seniority and committee role are derived from it") String title,
        @Nullable @Valid SourceDto source,
        @Nullable @Schema(description = "The sales rep who owns the lead") String owner,
        @Nullable @Schema(description = "When the lead was created in your CRM; now when absent") Instant createdAt,
        @Nullable @Valid ConsentDto consent,
        @Nullable Map<String, @Valid AttributeDto> attributes) {

    /** The details the domain takes, with each rejected value reported under its path. */
    public LeadDetails toDetails() {
        AccountId account = accountId == null ? null : Fields.within(null, () -> new AccountId(accountId));
        LeadSource leadSource = source == null ? null : Fields.within(null, source::toDomain);
        RepId rep = owner == null ? null : Fields.named("owner", () -> new RepId(owner));
        return new LeadDetails(account, firstName, lastName, email, title, leadSource, rep, createdAt,
                consent == null ? null : consent.toDomain(), AttributeDto.toDomain(attributes));
    }
}
