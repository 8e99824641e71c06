package dev.leadscope.domain.notify;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.scoring.Tier;
import java.time.Instant;
import java.util.Objects;

/**
 * Something worth telling subscribers about: a lead or account changed in a way sales acts on, or a model needs
 * attention. Each notification has a stable key, so a receiver can drop a repeat delivery of the same change.
 */
public sealed interface Notification {

    WorkspaceId workspace();

    Instant occurredAt();

    /** The kind subscribers choose by. */
    NotificationKind kind();

    /** The lead, account or model the notification is about. */
    String subject();

    /** The same change always gives the same key; different changes give different keys. */
    default String idempotencyKey() {
        return kind().wireName() + ":" + subject() + ":" + detail() + ":" + occurredAt().toEpochMilli();
    }

    /** What distinguishes this change from another of the same kind on the same subject at the same moment. */
    String detail();

    /** A lead moved from one tier to another. {@code from} is null for the lead's first score. */
    record TierChanged(WorkspaceId workspace, LeadId lead, Tier from, Tier to, double probability, Instant occurredAt)
            implements Notification {
        public TierChanged {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if (to == from) {
                throw new IllegalArgumentException("a tier change needs two different tiers: " + to);
            }
        }

        @Override
        public NotificationKind kind() {
            return NotificationKind.TIER_CHANGED;
        }

        @Override
        public String subject() {
            return lead.value();
        }

        @Override
        public String detail() {
            return from + ">" + to;
        }
    }

    /** A lead became sales-ready (tier and BANT say call now). */
    record BecameSalesReady(WorkspaceId workspace, LeadId lead, Tier tier, double probability, String action, Instant occurredAt)
            implements Notification {
        public BecameSalesReady {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public NotificationKind kind() {
            return NotificationKind.SALES_READY;
        }

        @Override
        public String subject() {
            return lead.value();
        }

        @Override
        public String detail() {
            return action;
        }
    }

    /** A lead's probability crossed a configured threshold, upward or downward. */
    record ScoreCrossedThreshold(WorkspaceId workspace, LeadId lead, double threshold, boolean upward, double probability,
                                 Instant occurredAt) implements Notification {
        public ScoreCrossedThreshold {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
            }
        }

        @Override
        public NotificationKind kind() {
            return NotificationKind.SCORE_THRESHOLD;
        }

        @Override
        public String subject() {
            return lead.value();
        }

        @Override
        public String detail() {
            return (upward ? "up" : "down") + "@" + threshold;
        }
    }

    /** An account moved to another buying stage. {@code from} is null for the account's first stage. */
    record AccountStageChanged(WorkspaceId workspace, AccountId account, BuyingStage from, BuyingStage to, Instant occurredAt)
            implements Notification {
        public AccountStageChanged {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if (to == from) {
                throw new IllegalArgumentException("a stage change needs two different stages: " + to);
            }
        }

        @Override
        public NotificationKind kind() {
            return NotificationKind.ACCOUNT_STAGE_CHANGED;
        }

        @Override
        public String subject() {
            return account.value();
        }

        @Override
        public String detail() {
            return from + ">" + to;
        }
    }

    /** An account's activity this week surged against its prior weeks. */
    record AccountSurged(WorkspaceId workspace, AccountId account, double ratio, Instant occurredAt) implements Notification {
        public AccountSurged {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public NotificationKind kind() {
            return NotificationKind.ACCOUNT_SURGE;
        }

        @Override
        public String subject() {
            return account.value();
        }

        @Override
        public String detail() {
            return "surge";
        }
    }

    /**
     * The active model needs attention: a monitored metric passed its threshold (score or feature drift, calibration
     * error, a drop in AUC).
     */
    record ModelAlert(WorkspaceId workspace, String modelVersion, String metric, double value, double threshold, String message,
                      Instant occurredAt) implements Notification {
        public ModelAlert {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(modelVersion, "modelVersion");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public NotificationKind kind() {
            return NotificationKind.MODEL_ALERT;
        }

        @Override
        public String subject() {
            return modelVersion;
        }

        @Override
        public String detail() {
            return metric;
        }
    }
}
