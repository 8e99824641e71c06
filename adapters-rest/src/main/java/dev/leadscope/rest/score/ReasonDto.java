package dev.leadscope.rest.score;

import dev.leadscope.domain.scoring.Reason;
import io.micronaut.serde.annotation.Serdeable;

/** One reason for a score: the feature, the words a rep reads, and how far it moved the score (log-odds). */
@Serdeable
public record ReasonDto(String feature, String text, double contribution) {

    public static ReasonDto from(Reason r) {
        return new ReasonDto(r.feature(), r.text(), r.contribution());
    }
}
