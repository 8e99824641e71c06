package dev.leadscope.account.simulation;

import dev.leadscope.account.committee.EventWeights;
import dev.leadscope.account.probability.LogisticModel;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.Seniority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A stand-in for the lead model in measurements: a logistic regression over one lead's own signals (decayed
 * engagement, recent pricing views and sales touches, recency, role and seniority), blind to the rest of the
 * committee, as a lead-level model is.
 */
final class LeadProxyModel {
    private static final EventWeights WEIGHTS = EventWeights.defaults();
    private final LogisticModel model;

    LeadProxyModel(LogisticModel model) {
        this.model = model;
    }

    double probability(Lead lead, List<ActivityEvent> events, Instant asOf) {
        return model.probability(features(lead, events, asOf));
    }

    static double[] features(Lead lead, List<ActivityEvent> events, Instant asOf) {
        double engagement = 0;
        int pricing = 0;
        int touches = 0;
        Instant last = null;
        for (ActivityEvent e : events) {
            Instant at = e.occurredAt();
            if (!at.isBefore(asOf) || at.isBefore(asOf.minus(Duration.ofDays(90)))) {
                continue;
            }
            double ageDays = Duration.between(at, asOf).toSeconds() / 86_400.0;
            engagement += WEIGHTS.weight(e) * Math.pow(0.5, ageDays / 14);
            if (ageDays <= 14 && EventWeights.is(e, "page_view:pricing")) {
                pricing++;
            }
            if (ageDays <= 21 && (EventWeights.is(e, "meeting_booked") || EventWeights.is(e, "call"))) {
                touches++;
            }
            last = last == null || at.isAfter(last) ? at : last;
        }
        double recency = last == null ? 90 : Duration.between(last, asOf).toSeconds() / 86_400.0;
        CommitteeRole role = lead.committeeRole();
        Seniority s = lead.seniority();
        return new double[]{Math.log1p(engagement), Math.log1p(pricing), Math.log1p(touches), Math.log1p(recency),
                role == CommitteeRole.ECONOMIC_BUYER ? 1 : 0, role == CommitteeRole.TECHNICAL_EVALUATOR ? 1 : 0,
                role == CommitteeRole.CHAMPION ? 1 : 0, role == CommitteeRole.EXECUTIVE_SPONSOR ? 1 : 0,
                s == Seniority.C_LEVEL || s == Seniority.VP ? 1 : 0};
    }
}
