package dev.leadscope.ml.sequence;

/**
 * Hyperparameters of the sequence network and its training; the defaults suit a few thousand to a few hundred
 * thousand sequences on two cores.
 *
 * @param hidden             LSTM units
 * @param maxEpochs          most passes over the training sequences
 * @param patience           epochs without a better validation AUC before stopping
 * @param learningRate       Adam step size
 * @param batchSize          sequences per update
 * @param l2                 L2 penalty on the weights
 * @param validationFraction share of training sequences held out for early stopping
 * @param weightClasses      weight the positive class by negatives / positives
 * @param maxTypes           event types with their own input slot (the rest are "other")
 * @param maxCategories      event categories with their own input slot
 * @param window             most recent events fed to the network (even; see {@link SequenceEncoder})
 */
public record LstmParams(int hidden, int maxEpochs, int patience, double learningRate, int batchSize, double l2,
                         double validationFraction, boolean weightClasses, int maxTypes, int maxCategories, int window) {
    public static final LstmParams DEFAULTS = new LstmParams(32, 30, 3, 0.005, 64, 1e-4, 0.15, true, 40, 20, 100);

    public LstmParams {
        check("hidden", hidden, 1, 1024);
        check("maxEpochs", maxEpochs, 1, 10_000);
        check("patience", patience, 1, 1000);
        check("learningRate", learningRate, 1e-6, 1.0);
        check("batchSize", batchSize, 1, 100_000);
        check("l2", l2, 0.0, 1.0);
        check("validationFraction", validationFraction, 0.05, 0.5);
        check("maxTypes", maxTypes, 1, 10_000);
        check("maxCategories", maxCategories, 0, 10_000);
        check("window", window, 2, 10_000);
        if (window % 2 != 0) {
            throw new IllegalArgumentException("window must be even (the window moves on by half its size): " + window);
        }
    }

    private static void check(String name, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + v);
        }
    }

    public LstmParams withHidden(int h) {
        return new LstmParams(h, maxEpochs, patience, learningRate, batchSize, l2, validationFraction, weightClasses, maxTypes, maxCategories, window);
    }

    public LstmParams withMaxEpochs(int epochs) {
        return new LstmParams(hidden, epochs, patience, learningRate, batchSize, l2, validationFraction, weightClasses, maxTypes, maxCategories, window);
    }

    public LstmParams withPatience(int p) {
        return new LstmParams(hidden, maxEpochs, p, learningRate, batchSize, l2, validationFraction, weightClasses, maxTypes, maxCategories, window);
    }

    public LstmParams withWindow(int w) {
        return new LstmParams(hidden, maxEpochs, patience, learningRate, batchSize, l2, validationFraction, weightClasses, maxTypes, maxCategories, w);
    }
}
