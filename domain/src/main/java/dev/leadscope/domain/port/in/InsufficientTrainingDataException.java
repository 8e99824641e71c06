package dev.leadscope.domain.port.in;

/**
 * Thrown when there are too few converted or too few not-converted examples to train and evaluate a model;
 * carries the counts needed and found so the caller can tell the user exactly what is missing.
 */
public class InsufficientTrainingDataException extends RuntimeException {
    private final int positivesNeeded;
    private final int positivesFound;
    private final int negativesNeeded;
    private final int negativesFound;

    public InsufficientTrainingDataException(int positivesNeeded, int positivesFound, int negativesNeeded,
                                             int negativesFound) {
        super("not enough data to train: need at least " + positivesNeeded + " converted and " + negativesNeeded
                + " not converted examples, found " + positivesFound + " converted and " + negativesFound
                + " not converted");
        this.positivesNeeded = positivesNeeded;
        this.positivesFound = positivesFound;
        this.negativesNeeded = negativesNeeded;
        this.negativesFound = negativesFound;
    }

    public int positivesNeeded() {
        return positivesNeeded;
    }

    public int positivesFound() {
        return positivesFound;
    }

    public int negativesNeeded() {
        return negativesNeeded;
    }

    public int negativesFound() {
        return negativesFound;
    }
}
