package dev.leadscope.rest.lead;

import dev.leadscope.domain.lead.Lead;
import dev.leadscope.rest.common.AttributeDto;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** A lead as stored, with the seniority and committee role derived from its title. */
@Serdeable
public record LeadResponse(
        String id, String accountId, String firstName, String lastName, String email, String title,
        @Schema(description = "c_level, vp, director, manager, individual_contributor or unknown") String seniority,
        @Schema(description = "economic_buyer, technical_evaluator, executive_sponsor, champion or unknown") String committeeRole,
        SourceDto source, String owner, Instant createdAt, ConsentDto consent, Map<String, AttributeDto> attributes) {

    public static LeadResponse from(Lead l) {
        return new LeadResponse(l.id().value(), l.accountId() == null ? null : l.accountId().value(), l.firstName(), l.lastName(),
                l.email(), l.title(), l.seniority().name().toLowerCase(Locale.ROOT), l.committeeRole().name().toLowerCase(Locale.ROOT),
                SourceDto.from(l.source()), l.owner() == null ? null : l.owner().value(), l.createdAt(), ConsentDto.from(l.consent()),
                AttributeDto.from(l.attributes()));
    }
}
