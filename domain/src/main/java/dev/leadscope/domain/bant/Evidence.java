package dev.leadscope.domain.bant;

import dev.leadscope.domain.common.Texts;
import java.util.Objects;

/**
 * One piece of evidence about a BANT criterion: what it says ({@code verdict}), where it comes from
 * ({@code source}, e.g. "note n-17" or "account.annualRevenue") and the words or value that decided it.
 */
public record Evidence(BantCriterion criterion, BantStatus verdict, String source, String detail) {
    public Evidence {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(verdict, "verdict");
        if (verdict == BantStatus.UNKNOWN) {
            throw new IllegalArgumentException("evidence.verdict must be met, partly or not met");
        }
        source = Texts.required("evidence.source", source, 128);
        detail = Texts.required("evidence.detail", detail, 500);
    }
}
