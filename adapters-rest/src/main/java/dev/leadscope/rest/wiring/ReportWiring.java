package dev.leadscope.rest.wiring;

import dev.leadscope.domain.port.in.BenchmarkUseCase;
import dev.leadscope.domain.port.in.BlindScoringUseCase;
import dev.leadscope.domain.port.in.ExplorationReportUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.service.BenchmarkService;
import dev.leadscope.qualification.routing.ExplorationPolicy;
import dev.leadscope.qualification.routing.ExplorationReportService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes the rep and channel benchmarks and the exploration report beans. */
@Factory
public class ReportWiring {

    @Singleton
    BenchmarkUseCase benchmarks(Leads leads, ActivityEvents events, Outcomes outcomes, LeadScores scores, ScoreLeadUseCase scoring,
                                BlindScoringUseCase blind, Clock clock) {
        return new BenchmarkService(leads, events, outcomes, scores, scoring, blind, clock);
    }

    @Singleton
    ExplorationReportUseCase explorationReport(Leads leads, Outcomes outcomes, LeadScores scores, ExplorationPolicy exploration,
                                               Clock clock) {
        return new ExplorationReportService(leads, outcomes, scores, exploration, clock);
    }
}
