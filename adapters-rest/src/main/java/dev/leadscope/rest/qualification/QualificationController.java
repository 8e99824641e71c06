package dev.leadscope.rest.qualification;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.ManageModelsUseCase;
import dev.leadscope.domain.port.in.QualifyLeadUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.out.ModelUnavailableException;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.score.ScoreController;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Qualifies a lead: scores it now with the active model, then tier, BANT with evidence, readiness and the next action. */
@Controller("/api/v1/leads/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "qualification")
public class QualificationController {
    private final ScoreLeadUseCase scoring;
    private final QualifyLeadUseCase qualification;
    private final ManageModelsUseCase models;
    private final WorkspaceResolver workspaces;

    public QualificationController(ScoreLeadUseCase scoring, QualifyLeadUseCase qualification, ManageModelsUseCase models,
                                   WorkspaceResolver workspaces) {
        this.scoring = scoring;
        this.qualification = qualification;
        this.models = models;
        this.workspaces = workspaces;
    }

    @Get("/qualification")
    @Operation(summary = "Qualify a lead: tier, BANT per criterion with evidence, readiness, next action with its reason",
            description = "Scores the lead now with the active model (appended to its history), then qualifies it. "
                    + "404 unknown lead; 503 no active model")
    public QualificationResponse qualify(HttpRequest<?> http, @PathVariable String id) {
        WorkspaceId workspace = workspaces.resolve(http);
        LeadId lead = Fields.named("id", () -> new LeadId(id));
        try {
            scoring.score(workspace, lead);
        } catch (ModelUnavailableException e) {
            if (models.active(workspace).isEmpty()) {
                throw new ModelUnavailableException(ScoreController.NO_ACTIVE_MODEL, e);
            }
            throw e;
        }
        return QualificationResponse.from(qualification.qualify(workspace, lead));
    }
}
