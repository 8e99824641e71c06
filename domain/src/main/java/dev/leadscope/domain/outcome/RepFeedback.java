package dev.leadscope.domain.outcome;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.Identifiers;
import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import java.time.Instant;
import java.util.Objects;

/** A rep's verdict on a lead (good fit or bad fit), with a reason; enters training as a weighted label. */
public record RepFeedback(WorkspaceId workspace, String id, LeadId leadId, RepId givenBy, FeedbackVerdict verdict, String reason,
                          Instant givenAt) {
    public RepFeedback {
        Objects.requireNonNull(workspace, "workspace");
        Identifiers.require("feedbackId", id);
        Objects.requireNonNull(leadId, "leadId");
        if (givenBy == null) {
            throw new IllegalArgumentException("givenBy must not be empty");
        }
        if (verdict == null) {
            throw new IllegalArgumentException("verdict must be good_fit or bad_fit");
        }
        reason = Texts.optional("reason", reason, 1000);
        if (givenAt == null) {
            throw new IllegalArgumentException("givenAt must not be empty");
        }
        givenAt = Instants.micros(givenAt);
    }
}
