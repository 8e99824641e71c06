package dev.leadscope.domain.rescoring;

import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.scoring.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides what a rescoring changed that subscribers hear about, by comparing a lead's or account's new state with
 * the one last told. A first state counts as a change from nothing: tier from none, probability from zero, stage
 * from none. Pure and thread-safe.
 */
public final class ChangeDetector {
    private final List<Double> thresholds;

    /** @param thresholds probabilities (strictly between 0 and 1) whose crossing either way is announced */
    public ChangeDetector(List<Double> thresholds) {
        for (double t : thresholds) {
            if (!(t > 0 && t < 1)) {
                throw new IllegalArgumentException("a score threshold must be between 0 and 1: " + t);
            }
        }
        this.thresholds = thresholds.stream().distinct().sorted().toList();
    }

    public List<Double> thresholds() {
        return thresholds;
    }

    /** The lead's changes from {@code before} (null when never rescored) to {@code now}; {@code action} names the next action. */
    public List<Notification> lead(WorkspaceId workspace, LeadState before, LeadState now, String action, Instant at) {
        List<Notification> out = new ArrayList<>();
        Tier from = before == null ? null : before.tier();
        if (from != now.tier()) {
            out.add(new Notification.TierChanged(workspace, now.lead(), from, now.tier(), now.probability(), at));
        }
        if (now.readiness() == Readiness.SALES_READY && (before == null || before.readiness() != Readiness.SALES_READY)) {
            out.add(new Notification.BecameSalesReady(workspace, now.lead(), now.tier(), now.probability(),
                    action.toLowerCase(Locale.ROOT), at));
        }
        double was = before == null ? 0.0 : before.probability();
        for (double t : thresholds) {
            boolean above = now.probability() >= t;
            if (above != (was >= t)) {
                out.add(new Notification.ScoreCrossedThreshold(workspace, now.lead(), t, above, now.probability(), at));
            }
        }
        return out;
    }

    /** The account's changes from {@code before} (null when never rescored) to {@code now}. */
    public List<Notification> account(WorkspaceId workspace, AccountState before, AccountScore now, Instant at) {
        List<Notification> out = new ArrayList<>();
        if (before == null || before.stage() != now.stage()) {
            out.add(new Notification.AccountStageChanged(workspace, now.account(), before == null ? null : before.stage(), now.stage(), at));
        }
        if (now.surge().surging() && (before == null || !before.surging())) {
            out.add(new Notification.AccountSurged(workspace, now.account(), now.surge().ratio(), at));
        }
        return out;
    }
}
