package dev.leadscope.ml.sequence.evaluation;

import java.time.Duration;
import java.util.List;

/**
 * A time-split sequence evaluation: training and test examples, the names of the profile columns and the
 * look-back windows the aggregate baseline counts over (empty: whole history only).
 */
public record SequenceDataset(String name, List<String> profileColumns, List<LabelledSequence> train,
                              List<LabelledSequence> test, List<Duration> aggregateWindows, String sliceName) {
    public SequenceDataset {
        profileColumns = List.copyOf(profileColumns);
        train = List.copyOf(train);
        test = List.copyOf(test);
        aggregateWindows = List.copyOf(aggregateWindows);
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException(name + ": needs training and test examples, found " + train.size() + " and " + test.size());
        }
    }
}
