package dev.leadscope.domain.scoring;

import dev.leadscope.domain.common.Texts;

/**
 * Why a score is what it is, in words a rep understands: "Viewed pricing 3 times in the last 7 days".
 * {@code contribution} is the signed effect on the score (log-odds or points, as the model reports it).
 */
public record Reason(String feature, String text, double contribution) {
    public Reason {
        feature = Texts.required("reason.feature", feature, 128);
        text = Texts.required("reason.text", text, 500);
        if (!Double.isFinite(contribution)) {
            throw new IllegalArgumentException("reason.contribution must be finite: " + contribution);
        }
    }
}
