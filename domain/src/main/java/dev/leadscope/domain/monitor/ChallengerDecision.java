package dev.leadscope.domain.monitor;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelVersion;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A step in a challenger's life, with the figures it was decided on: the challenger and the model active at the
 * time ({@code champion}, null when none was), the verdict, the data moment ({@code asOf}) and wall-clock time.
 */
public record ChallengerDecision(WorkspaceId workspace, ModelVersion challenger, ModelVersion champion, Verdict verdict,
                                 Instant asOf, Instant decidedAt, Map<String, Double> figures, String reason) {
    public ChallengerDecision {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(challenger, "challenger");
        Objects.requireNonNull(verdict, "verdict");
        asOf = Instants.micros(Objects.requireNonNull(asOf, "asOf"));
        decidedAt = Instants.micros(Objects.requireNonNull(decidedAt, "decidedAt"));
        TreeMap<String, Double> copy = new TreeMap<>();
        (figures == null ? Map.<String, Double>of() : figures).forEach((k, v) -> {
            if (k == null || k.isBlank() || v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("figures." + k + " must be a named finite number: " + v);
            }
            copy.put(k, v);
        });
        figures = Collections.unmodifiableMap(copy);
        reason = reason == null ? "" : reason;
    }
}
