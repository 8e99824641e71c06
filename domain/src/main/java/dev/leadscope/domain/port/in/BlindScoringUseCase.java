package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.report.Grouping;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Instant;

/**
 * Scores a lead as it was at a moment with the field a benchmark groups by hidden from the active model (the owner for
 * reps, with the account's country and region, the territory reps are given accounts by; channel and campaign for
 * sources), so that the expectation does not already hold what the model learned of that rep or source. Nothing is stored. Implementations are thread-safe.
 *
 * <p>Errors: {@link LeadNotFoundException}; {@link dev.leadscope.domain.port.out.ModelUnavailableException} when no
 * model is active; {@link IllegalArgumentException} when {@code asOf} is not after the lead's creation.
 */
public interface BlindScoringUseCase {

    LeadScore scoreAsOfBlindTo(WorkspaceId workspace, LeadId lead, Instant asOf, Grouping hidden);
}
