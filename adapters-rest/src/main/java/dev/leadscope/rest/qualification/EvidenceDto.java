package dev.leadscope.rest.qualification;

import dev.leadscope.domain.bant.Evidence;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/** One piece of BANT evidence: what it says, where it comes from, and the words or value behind it. */
@Serdeable
public record EvidenceDto(String verdict, String source, String detail) {

    public static EvidenceDto from(Evidence e) {
        return new EvidenceDto(e.verdict().name().toLowerCase(Locale.ROOT), e.source(), e.detail());
    }
}
