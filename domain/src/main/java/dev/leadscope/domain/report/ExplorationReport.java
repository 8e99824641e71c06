package dev.leadscope.domain.report;

import java.util.Objects;

/**
 * How leads converted by how they were routed: leads above the exploration tiers (routed by score), leads in those
 * tiers that exploration sent to sales, and the leads in those tiers held back. Exploration and held-back leads are
 * random parts of the same tiers, told apart only by the draw, so their difference is what working such a lead changes; routed-by-score minus
 * exploration is what choosing leads by score gains over working leads it would hide.
 */
public record ExplorationReport(ReportWindow window, double share, GroupRate routedByScore, GroupRate exploration,
                                GroupRate heldBack, GroupRate.Difference scoreOverExploration,
                                GroupRate.Difference explorationOverHeldBack, int unscored, int horizonOpen) {
    public ExplorationReport {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(routedByScore, "routedByScore");
        Objects.requireNonNull(exploration, "exploration");
        Objects.requireNonNull(heldBack, "heldBack");
    }

    /** The report of the three groups, with their differences. */
    public static ExplorationReport of(ReportWindow window, double share, GroupRate routedByScore, GroupRate exploration,
                                       GroupRate heldBack, int unscored, int horizonOpen) {
        return new ExplorationReport(window, share, routedByScore, exploration, heldBack, routedByScore.minus(exploration),
                exploration.minus(heldBack), unscored, horizonOpen);
    }
}
