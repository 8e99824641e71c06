package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Trains a conversion model on a workspace's own stored history (leads, accounts, events, notes, intent and
 * outcomes), evaluates it on later data it did not see, and stores it in the model registry. Implementations
 * are thread-safe; a call may take minutes and reports what it is doing through {@link Progress}.
 *
 * <p>Errors: {@link InsufficientTrainingDataException} when either class has too few examples, with the counts;
 * {@link IllegalArgumentException} for a bad command.
 */
public interface TrainModelUseCase {

    /**
     * What to train.
     *
     * @param horizonDays   a lead counts as converted when it is won within this many days of a snapshot
     * @param createdBefore when set, train on leads created before it and evaluate on leads created from it on
     *                      (a back-test); when null, the last part of the time line is held out
     * @param seed          fixes every random choice, so the same data and seed give the same model
     * @param activate      whether to make the new model the active one once stored
     * @param groundTruth   optional: a file of true conversion probabilities per lead and weekly snapshot time (the
     *                      simulator's {@code truth/lead_probabilities.csv}); when set, the report puts the oracle's
     *                      ROC AUC beside the model's on the same held-out snapshots
     * @param sequenceModel whether the model reads the LSTM over the lead's events; null: the service's default
     */
    record TrainCommand(WorkspaceId workspace, int horizonDays, Instant createdBefore, long seed, boolean activate,
                        Path groundTruth, SequenceModelChoice sequenceModel) {
        public TrainCommand {
            Objects.requireNonNull(workspace, "workspace must not be empty");
            if (horizonDays < 1 || horizonDays > 3650) {
                throw new IllegalArgumentException("horizonDays must be between 1 and 3650: " + horizonDays);
            }
        }

        /** A command without ground truth. */
        public TrainCommand(WorkspaceId workspace, int horizonDays, Instant createdBefore, long seed, boolean activate) {
            this(workspace, horizonDays, createdBefore, seed, activate, null, null);
        }

        /** A command with the service's default for the sequence model. */
        public TrainCommand(WorkspaceId workspace, int horizonDays, Instant createdBefore, long seed, boolean activate,
                            Path groundTruth) {
            this(workspace, horizonDays, createdBefore, seed, activate, groundTruth, null);
        }
    }

    /**
     * Whether the conversion model reads the LSTM over the lead's ordered events as one more column: {@code AUTO}
     * trains it when there are enough snapshots and keeps it only when it beats the trees alone on the validation
     * rows, {@code ON} keeps it whatever the validation says, {@code OFF} never trains it.
     */
    enum SequenceModelChoice {
        AUTO, ON, OFF;

        /** The wire name: auto, on or off. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * Reads a wire name, in any case.
         *
         * @throws IllegalArgumentException naming the accepted values when it is none of them
         */
        public static SequenceModelChoice parse(String value) {
            for (SequenceModelChoice c : values()) {
                if (c.wire().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return c;
                }
            }
            throw new IllegalArgumentException("sequenceModel must be auto, on or off: " + value);
        }
    }

    /**
     * What a training run produced.
     *
     * @param model          the stored model
     * @param activated      whether it is now the active model
     * @param reportMarkdown the evaluation report
     */
    record TrainingResult(ModelInfo model, boolean activated, int trainingRows, int evaluationRows, int positives,
                          int negatives, List<String> warnings, String reportMarkdown) {
        public TrainingResult {
            Objects.requireNonNull(model, "model");
            warnings = List.copyOf(warnings);
        }
    }

    /** Hears how far a run has got: a short message and the share done, from 0 to 1. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (message, fraction) -> {
        };

        void step(String message, double fraction);
    }

    TrainingResult train(TrainCommand command, Progress progress);
}
