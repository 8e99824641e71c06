package dev.leadscope.rest.account;

import dev.leadscope.domain.account.Account;
import dev.leadscope.rest.common.AttributeDto;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An account as stored. */
@Serdeable
public record AccountResponse(String id, String name, String domain, FirmographicsDto firmographics, TechnographicsDto technographics,
                              LocalDate contractRenewalDate, Map<String, AttributeDto> attributes, Instant createdAt) {

    public static AccountResponse from(Account a) {
        return new AccountResponse(a.id().value(), a.name(), a.domain(), FirmographicsDto.from(a.firmographics()),
                TechnographicsDto.from(a.technographics()), a.contractRenewalDate(), AttributeDto.from(a.attributes()), a.createdAt());
    }
}
