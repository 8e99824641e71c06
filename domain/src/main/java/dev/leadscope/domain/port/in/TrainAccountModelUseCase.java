package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelInfo;
import java.util.Map;
import java.util.Objects;

/**
 * Trains the account model of a workspace from its stored history: account snapshots at regular times (committee,
 * stage, surge, activity and the members' scores known then), labelled by whether the account bought within the
 * horizon after each. It learns a model when there are enough account-level outcomes, else calibrates the
 * combination of the members' scores, evaluates on the newest snapshots beside the best member's score and the
 * combination, and stores the model. Implementations are thread-safe; a call may take minutes.
 *
 * <p>Errors: {@link InsufficientTrainingDataException} when the history gives too few snapshots of either outcome;
 * {@link IllegalArgumentException} for a bad command; {@link dev.leadscope.domain.port.out.ModelUnavailableException}
 * when member scores are to be recomputed and no lead model is active.
 */
public interface TrainAccountModelUseCase {

    /**
     * What to train.
     *
     * @param horizonDays  an account counts as converted when it wins within this many days of a snapshot
     * @param cadenceDays  days between two snapshots of an account
     * @param activate     whether to make the new model the active account model once stored
     * @param recomputeMemberScores whether a member without a stored score from before a snapshot is scored as of
     *                     that moment with the active lead model (slower; the lead model may have been trained on
     *                     the same history, so those scores can be optimistic)
     */
    record Command(WorkspaceId workspace, int horizonDays, int cadenceDays, boolean activate, boolean recomputeMemberScores) {
        public Command {
            Objects.requireNonNull(workspace, "workspace must not be empty");
            if (horizonDays < 1 || horizonDays > 3650) {
                throw new IllegalArgumentException("horizonDays must be between 1 and 3650: " + horizonDays);
            }
            if (cadenceDays < 1 || cadenceDays > 365) {
                throw new IllegalArgumentException("cadenceDays must be between 1 and 365: " + cadenceDays);
            }
        }

        /** Members' scores from their stored histories only. */
        public Command(WorkspaceId workspace, int horizonDays, int cadenceDays, boolean activate) {
            this(workspace, horizonDays, cadenceDays, activate, false);
        }
    }

    /**
     * What a run produced.
     *
     * @param model     the stored model, with its held-out metrics ({@code auc}, {@code brier}, {@code log_loss},
     *                  {@code ece}, and the same prefixed {@code best_member_} and {@code combined_})
     * @param method    {@code learned} or {@code combined}
     * @param why       why this method was chosen, with the counts
     * @param snapshots account snapshots with a known outcome
     * @param converted how many of them converted within the horizon
     * @param activated whether the model is now the active account model
     * @param report    the evaluation report (Markdown)
     */
    record Result(ModelInfo model, String method, String why, int snapshots, int converted, boolean activated,
                  String report) {
        public Result {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(why, "why");
            report = report == null ? "" : report;
        }

        public Map<String, Double> metrics() {
            return model.metrics();
        }
    }

    /** Hears how far a run has come: a message and the share done, in [0,1]. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (message, fraction) -> {
        };

        void step(String message, double fraction);
    }

    Result train(Command command, Progress progress);
}
