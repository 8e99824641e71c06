package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.monitor.ChallengerDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Measures the learning loop on a workspace holding a simulated history: trains a model on what was known at the
 * drift date, replays the monitor day by day after it, then trains a challenger on the weeks after the drift and
 * reviews it weekly against the stale model. Implementations are thread-safe; a call takes minutes.
 */
public interface EvaluateDriftUseCase {

    /**
     * @param drift           the day the model is trained as of (the simulator's drift date)
     * @param replayDays      days after it on which the monitor runs
     * @param challenge       whether to train and review a challenger afterwards
     * @param challengerWeeks weeks after the drift at which the challenger is trained
     * @param windowDays      the challenger learns from the snapshots of these last days (0: the weeks since the drift)
     * @param reviewWeeks     weekly reviews of the challenger at most
     */
    record Request(WorkspaceId workspace, LocalDate drift, int horizonDays, int replayDays, boolean challenge,
                   int challengerWeeks, int windowDays, int reviewWeeks, long seed) {
        public Request {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(drift, "drift");
            if (horizonDays < 1 || replayDays < 1 || challengerWeeks < 2 || reviewWeeks < 1 || windowDays < 0) {
                throw new IllegalArgumentException("horizonDays, replayDays and reviewWeeks must be at least 1, challengerWeeks at least 2");
            }
        }
    }

    /**
     * The monitor's figures on one replayed day (null: not enough data), the thresholds the PSIs were held to that day
     * (raised above the configured one by their noise floor or sampling error) and the alerts it raised that day.
     */
    record Day(LocalDate day, Double scorePsi, Double featurePsi, Double leadMixPsi, Double calibrationError, Double aucDrop,
               Thresholds thresholds, List<String> alerts) {
        public Day {
            alerts = List.copyOf(alerts);
        }
    }

    /**
     * The thresholds of the score, feature and lead-mix PSI and of the AUC drop on a day (null when the metric was not
     * measured): the PSIs' raised by their noise floor, the AUC drop's by the sampling error of the matured AUC.
     */
    record Thresholds(Double score, Double feature, Double leadMix, Double aucDrop) {
    }

    /** The replay, the first alert (null when none fired), and the challenger's decisions in order. */
    record Result(String staleModel, List<Day> days, LocalDate firstAlert, List<ChallengerDecision> decisions) {
        public Result {
            days = List.copyOf(days);
            decisions = List.copyOf(decisions);
        }
    }

    Result evaluate(Request request, Consumer<String> progress);
}
