package dev.leadscope.ml.sequence.column;

import dev.leadscope.domain.port.in.TrainModelUseCase.SequenceModelChoice;
import dev.leadscope.ml.sequence.LstmParams;
import java.util.Objects;

/**
 * How training treats the LSTM column.
 *
 * @param choice        the default when a training request does not say (auto, on, off)
 * @param minSnapshots  {@code auto} trains the networks only when the fitted snapshots hold at least this many with
 *                      events before their moment
 * @param keepMargin    {@code auto} keeps the column only when the trees with it beat the trees without it on the
 *                      validation rows by at least this much ROC AUC
 * @param maxSequences  most sequences one fold network learns from (a seeded uniform draw)
 * @param maxStopping   most sequences one fold network is early-stopped on
 * @param params        the networks' hyperparameters (epochs, patience, window...)
 */
public record SequenceTraining(SequenceModelChoice choice, int minSnapshots, double keepMargin, int maxSequences,
                               int maxStopping, LstmParams params) {
    /** 5,000 snapshots with events; a gain of 0.005 AUC; 4,000 sequences, 1,000 to stop on; at most 4 epochs, patience 2. */
    public static final SequenceTraining DEFAULTS = new SequenceTraining(SequenceModelChoice.AUTO, 5_000, 0.005, 4_000, 1_000,
            LstmParams.DEFAULTS.withMaxEpochs(4).withPatience(2));
    /** Never trains the networks: the trees alone, as before the column existed. */
    public static final SequenceTraining OFF = DEFAULTS.withChoice(SequenceModelChoice.OFF);

    public SequenceTraining {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(params, "params");
        if (minSnapshots < 1) {
            throw new IllegalArgumentException("sequence min-snapshots must be at least 1: " + minSnapshots);
        }
        if (!(keepMargin >= 0 && keepMargin < 0.5)) {
            throw new IllegalArgumentException("sequence keep-margin must be in [0, 0.5): " + keepMargin);
        }
        if (maxSequences < 100 || maxStopping < 50) {
            throw new IllegalArgumentException("sequence max-sequences must be at least 100 and max-stopping at least 50: "
                    + maxSequences + ", " + maxStopping);
        }
    }

    public SequenceTraining withChoice(SequenceModelChoice c) {
        return new SequenceTraining(c, minSnapshots, keepMargin, maxSequences, maxStopping, params);
    }
}
