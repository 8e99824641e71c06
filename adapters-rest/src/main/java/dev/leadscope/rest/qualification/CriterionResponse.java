package dev.leadscope.rest.qualification;

import dev.leadscope.domain.bant.CriterionAssessment;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;

/** One BANT criterion: its status (met, partly, not_met, unknown) and the evidence, the deciding piece first. */
@Serdeable
public record CriterionResponse(String criterion, String status, List<EvidenceDto> evidence) {

    public static CriterionResponse from(CriterionAssessment a) {
        return new CriterionResponse(a.criterion().name().toLowerCase(Locale.ROOT), a.status().name().toLowerCase(Locale.ROOT),
                a.evidence().stream().map(EvidenceDto::from).toList());
    }
}
