package dev.leadscope.rest.account;

import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.port.in.ManageAccountsUseCase.AccountDetails;
import dev.leadscope.rest.common.AttributeDto;
import dev.leadscope.rest.common.Fields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An account to create or replace; {@code id} is used on create only (generated when absent). */
@Serdeable
public record AccountRequest(
        @Nullable @Size(max = 128) @Schema(description = "Your id for the account; generated when absent") String id,
        @NotBlank @Size(max = 256) String name,
        @Nullable String domain,
        @Nullable @Valid FirmographicsDto firmographics,
        @Nullable @Valid TechnographicsDto technographics,
        @Nullable LocalDate contractRenewalDate,
        @Nullable Map<String, @Valid AttributeDto> attributes,
        @Nullable @Schema(description = "When the account was created in your CRM; now when absent") Instant createdAt) {

    /** The details the domain takes, with each rejected value reported under its path. */
    public AccountDetails toDetails() {
        Firmographics firmo = firmographics == null ? null : Fields.within("firmographics", firmographics::toDomain);
        Technographics techno = technographics == null ? null : Fields.within("technographics", technographics::toDomain);
        return new AccountDetails(name, domain, firmo, techno, contractRenewalDate, AttributeDto.toDomain(attributes), createdAt);
    }
}
