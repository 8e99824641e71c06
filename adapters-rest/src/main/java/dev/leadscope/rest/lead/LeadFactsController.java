package dev.leadscope.rest.lead;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.LeadTimelineUseCase;
import dev.leadscope.domain.port.in.RecordFeedbackUseCase;
import dev.leadscope.domain.port.in.RecordNoteUseCase;
import dev.leadscope.domain.port.in.RecordOutcomeUseCase;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;

/** Records notes, outcomes and rep feedback about a lead, and reads its timeline. */
@Controller("/api/v1/leads/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "leads")
public class LeadFactsController {
    private final RecordNoteUseCase notes;
    private final RecordOutcomeUseCase outcomes;
    private final RecordFeedbackUseCase feedback;
    private final LeadTimelineUseCase timeline;
    private final WorkspaceResolver workspaces;
    private final Clock clock;

    public LeadFactsController(RecordNoteUseCase notes, RecordOutcomeUseCase outcomes, RecordFeedbackUseCase feedback,
                               LeadTimelineUseCase timeline, WorkspaceResolver workspaces, Clock clock) {
        this.notes = notes;
        this.outcomes = outcomes;
        this.feedback = feedback;
        this.timeline = timeline;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Post("/notes")
    @Operation(summary = "Record a note about a lead")
    public HttpResponse<NoteResponse> recordNote(HttpRequest<?> http, @PathVariable String id, @Body @Valid NoteRequest request) {
        WorkspaceId workspace = workspaces.resolve(http);
        return HttpResponse.created(NoteResponse.from(notes.record(request.toDomain(workspace, LeadController.leadId(id), clock.instant()))));
    }

    @Post("/outcomes")
    @Operation(summary = "Record how a lead ended: won, lost or disqualified")
    public HttpResponse<OutcomeResponse> recordOutcome(HttpRequest<?> http, @PathVariable String id, @Body @Valid OutcomeRequest request) {
        WorkspaceId workspace = workspaces.resolve(http);
        return HttpResponse.created(OutcomeResponse.from(
                outcomes.record(request.toDomain(workspace, LeadController.leadId(id), clock.instant()))));
    }

    @Post("/feedback")
    @Operation(summary = "Record a rep's verdict on a lead: good_fit or bad_fit")
    public HttpResponse<FeedbackResponse> recordFeedback(HttpRequest<?> http, @PathVariable String id, @Body @Valid FeedbackRequest request) {
        WorkspaceId workspace = workspaces.resolve(http);
        return HttpResponse.created(FeedbackResponse.from(
                feedback.record(request.toDomain(workspace, LeadController.leadId(id), clock.instant()))));
    }

    @Get("/timeline")
    @Operation(summary = "A lead's events, notes and outcomes in time order", description = "from is inclusive, to exclusive")
    public TimelineResponse timeline(HttpRequest<?> http, @PathVariable String id,
                                                @QueryValue @Nullable Instant from,
                                                @QueryValue @Nullable Instant to,
                                                @QueryValue(defaultValue = "500") @Min(1) @Max(LeadTimelineUseCase.MAX_ENTRIES) int limit) {
        LeadId lead = LeadController.leadId(id);
        return new TimelineResponse(lead.value(), timeline.timeline(workspaces.resolve(http), lead, from, to, limit).stream()
                .map(TimelineEntryResponse::from)
                .toList());
    }
}
