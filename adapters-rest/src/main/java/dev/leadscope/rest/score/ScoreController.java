package dev.leadscope.rest.score;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.in.ScoreReasonsUseCase;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.realtime.LatestScores;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Scores a lead with the active model, now or as it was at a moment, and reads its score history. A current score
 * with its reasons already in memory is answered on the request's own thread; anything that needs the database or the
 * model runs on a blocking thread.
 */
@Controller("/api/v1/leads/{id}")
@Tag(name = "scores")
public class ScoreController {
    public static final String NO_ACTIVE_MODEL = "no model is active: train one with POST /api/v1/models, then activate it with "
            + "POST /api/v1/models/{version}/activate";

    private final ScoreLeadUseCase scoring;
    private final ManageModelsUseCase models;
    private final WorkspaceResolver workspaces;
    private final LatestScores latest;
    private final ScoreReasonsUseCase reasons;
    private final ExecutorService blocking;

    public ScoreController(ScoreLeadUseCase scoring, ManageModelsUseCase models, WorkspaceResolver workspaces, LatestScores latest,
                           ScoreReasonsUseCase reasons, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.scoring = scoring;
        this.blocking = blocking;
        this.reasons = reasons;
        this.models = models;
        this.workspaces = workspaces;
        this.latest = latest;
    }

    @Get("/score")
    @Operation(summary = "Score a lead with the active model, with the reasons either way",
            description = "Without asOf: the latest stored score when it is current (made by the active model, nothing waiting to "
                    + "be rescored; its reasons are computed now if the rescoring left them out), else scored now and appended to "
                    + "the lead's history. With asOf (ISO instant): scored as the "
                    + "lead was then, seeing only what was known before it, and not stored. 404 unknown lead; 503 no active model")
    public CompletableFuture<ScoreResponse> score(HttpRequest<?> http, @PathVariable String id, @QueryValue @Nullable Instant asOf) {
        WorkspaceId workspace = workspaces.resolve(http);
        LeadId lead = leadId(id);
        if (asOf == null) {
            Optional<LeadScore> ready = models.knownActive(workspace).flatMap(v -> latest.shownFromMemory(workspace, lead, v));
            if (ready.isPresent()) {
                return CompletableFuture.completedFuture(ScoreResponse.from(ready.get()));
            }
        }
        CompletableFuture<ScoreResponse> answer = new CompletableFuture<>();
        blocking.execute(() -> {
            try {
                answer.complete(score(workspace, lead, asOf));
            } catch (RuntimeException | Error e) {
                // completed with the exception itself, not wrapped, so that the error handlers see what was thrown
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    /** The score as the blocking path computes it: as of a moment, the stored one when current, else scored now. */
    private ScoreResponse score(WorkspaceId workspace, LeadId lead, @Nullable Instant asOf) {
        try {
            if (asOf != null) {
                return ScoreResponse.from(scoring.scoreAsOf(workspace, lead, asOf));
            }
            Optional<ModelVersion> active = models.active(workspace);
            Optional<LeadScore> current = active.flatMap(v -> latest.current(workspace, lead, v));
            if (current.isPresent()) {
                // a rescored score is stored without its reasons: computed now (once), with its model at its moment
                LeadScore shown = reasons.withReasons(workspace, current.get());
                if (shown != current.get()) {
                    latest.reasoned(shown);
                }
                return ScoreResponse.from(shown);
            }
            LeadScore fresh = scoring.score(workspace, lead);
            if (!latest.pending(workspace, lead)) {
                latest.stored(List.of(fresh));
            }
            return ScoreResponse.from(fresh);
        } catch (ModelUnavailableException e) {
            // the engine's own message does not say what to do about it when simply no model is active yet
            if (models.active(workspace).isEmpty()) {
                throw new ModelUnavailableException(NO_ACTIVE_MODEL, e);
            }
            throw e;
        }
    }

    @Get("/scores")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "A lead's stored scores, newest first", description = "Reasons of scores stored without them (by a "
            + "rescoring) are computed with the score's own model at its own moment, and stored. 404 when the lead does not exist")
    public ScoreHistoryResponse history(HttpRequest<?> http, @PathVariable String id,
                                        @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit) {
        WorkspaceId workspace = workspaces.resolve(http);
        // scores stored without their reasons get them computed (once), each with its own model at its own moment
        List<LeadScore> shown = reasons.withReasons(workspace, scoring.history(workspace, leadId(id), limit));
        return ScoreHistoryResponse.from(id, shown.stream().filter(LeadScore::reasonsComputed).toList());
    }

    private static LeadId leadId(String id) {
        return Fields.named("id", () -> new LeadId(id));
    }
}
