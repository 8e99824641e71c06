package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.audit.AuditAction;
import dev.leadscope.domain.audit.AuditEntry;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.fixtures.InMemoryAuditLog;
import dev.leadscope.domain.fixtures.InMemoryRepFeedbacks;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.outcome.FeedbackVerdict;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.outcome.RepFeedback;
import dev.leadscope.domain.port.in.TrainModelUseCase;
import dev.leadscope.domain.port.out.LeadFilter;
import dev.leadscope.ml.fit.BoostingParams;
import dev.leadscope.ml.snapshot.FeedbackLabels;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training on a simulated workspace with reps' feedback: labels change as configured, and every change is audited. */
class FeedbackTrainingTest {
    private static final Instant NOW = Instant.parse("2025-01-15T11:00:00Z");

    private static TrainModelUseCase.TrainingResult train(SimulatedWorkspace sim, InMemoryRepFeedbacks feedbacks,
                                                          InMemoryAuditLog audit, boolean override, Instant at) {
        FeedbackLearning learning = new FeedbackLearning(feedbacks, audit, new FeedbackLabels.Policy(0.5, override));
        return new ModelTrainingService(sim.data, Clock.fixed(at, ZoneOffset.UTC), BoostingParams.DEFAULTS, 2,
                dev.leadscope.domain.privacy.SensitiveAttributes.NONE, learning)
                .train(new TrainModelUseCase.TrainCommand(SimulatedWorkspace.WS, 90, null, 7, false), TrainModelUseCase.Progress.NONE);
    }

    @Test
    void givenGoodFitFeedbackOnLostLeads_whenTrained_thenOutcomesWinByDefaultAndOverrideOnlyWhenAllowed() {
        SimulatedWorkspace sim = SimulatedWorkspace.fresh(300, 1);
        InMemoryRepFeedbacks feedbacks = new InMemoryRepFeedbacks();
        List<Lead> leads = sim.data.leads().list(SimulatedWorkspace.WS, LeadFilter.ALL, new PageRequest(0, 500)).items();
        int judged = 0;
        for (Lead l : leads) {
            List<Outcome> outcomes = sim.data.outcomes().forLead(SimulatedWorkspace.WS, l.id());
            if (judged < 20 && !outcomes.isEmpty() && outcomes.get(0).kind() == OutcomeKind.LOST
                    && outcomes.get(0).occurredAt().isBefore(Instant.parse("2024-08-01T00:00:00Z"))) {
                feedbacks.save(new RepFeedback(SimulatedWorkspace.WS, "fb-" + judged, l.id(), new RepId("rep-x"),
                        FeedbackVerdict.GOOD_FIT, "perfect profile", outcomes.get(0).occurredAt().minusSeconds(3600)));
                judged++;
            }
        }
        assertThat(judged).isEqualTo(20);

        InMemoryAuditLog outcomeWinsAudit = new InMemoryAuditLog();
        TrainModelUseCase.TrainingResult outcomeWins = train(sim, feedbacks, outcomeWinsAudit, false, NOW);
        InMemoryAuditLog overrideAudit = new InMemoryAuditLog();
        // a minute later, so the two models (same data, same moment otherwise) get versions of their own
        TrainModelUseCase.TrainingResult overridden = train(sim, feedbacks, overrideAudit, true, NOW.plusSeconds(60));

        assertThat(outcomeWins.model().metrics()).containsEntry("labelsFromFeedback", 0.0)
                .containsEntry("feedbackOverridingOutcomes", 0.0);
        assertThat(outcomeWins.reportMarkdown()).contains("labels from feedback: 0, overriding outcomes: 0");
        assertThat(outcomeWinsAudit.page(SimulatedWorkspace.WS, new PageRequest(0, 100)).items()).isEmpty();

        double set = overridden.model().metrics().get("labelsFromFeedback");
        assertThat(set).isPositive().isEqualTo(overridden.model().metrics().get("feedbackOverridingOutcomes"));
        assertThat(overridden.positives()).isEqualTo(outcomeWins.positives() + (int) set);
        assertThat(overridden.reportMarkdown()).contains("labels from feedback: " + (int) set + ", overriding outcomes: " + (int) set);
        List<AuditEntry> entries = overrideAudit.page(SimulatedWorkspace.WS, new PageRequest(0, 100)).items();
        // one entry per judged lead that had a snapshot before its outcome (a lead lost in its first week has none)
        assertThat(entries).hasSizeBetween(15, 20).allMatch(e -> e.action() == AuditAction.FEEDBACK_LABELS)
                .allMatch(e -> e.detail().contains(overridden.model().version().value()) && e.detail().contains("weight 0.5"));
        int audited = entries.stream().mapToInt(e -> Integer.parseInt(e.detail().replaceAll("^.*?: (\\d+) snapshot.*$", "$1"))).sum();
        assertThat(audited).isEqualTo((int) set);
    }
}
