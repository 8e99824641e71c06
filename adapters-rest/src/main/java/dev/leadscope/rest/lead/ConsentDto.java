package dev.leadscope.rest.lead;

import dev.leadscope.domain.lead.Consent;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** What a person agreed to: marketing e-mail, behavioural tracking and profiling for scoring. */
@Serdeable
public record ConsentDto(@NotNull Boolean emailMarketing, @NotNull Boolean tracking, @NotNull Boolean profiling) {

    public static ConsentDto from(Consent c) {
        return new ConsentDto(c.emailMarketing(), c.tracking(), c.profiling());
    }

    public Consent toDomain() {
        return new Consent(emailMarketing, tracking, profiling);
    }
}
