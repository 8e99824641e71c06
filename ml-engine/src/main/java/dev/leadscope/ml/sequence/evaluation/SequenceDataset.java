package dev.leadscope.ml.sequence.evaluation;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A time-split sequence evaluation: training and test examples, the names of the profile columns, the
 * look-back windows the aggregate baseline counts over (empty: whole history only), and reference probabilities
 * known for every test example (a simulator's true probabilities: the ceiling the models are read against), by name.
 */
public record SequenceDataset(String name, List<String> profileColumns, List<LabelledSequence> train,
                              List<LabelledSequence> test, List<Duration> aggregateWindows, String sliceName,
                              Map<String, double[]> references) {
    public SequenceDataset {
        profileColumns = List.copyOf(profileColumns);
        train = List.copyOf(train);
        test = List.copyOf(test);
        aggregateWindows = List.copyOf(aggregateWindows);
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException(name + ": needs training and test examples, found " + train.size() + " and " + test.size());
        }
        Map<String, double[]> copied = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : references.entrySet()) {
            if (e.getValue().length != test.size()) {
                throw new IllegalArgumentException(name + ": reference '" + e.getKey() + "' has " + e.getValue().length
                        + " probabilities for " + test.size() + " test examples");
            }
            copied.put(e.getKey(), e.getValue().clone());
        }
        references = Collections.unmodifiableMap(copied);
    }

    /** A dataset without reference probabilities. */
    public SequenceDataset(String name, List<String> profileColumns, List<LabelledSequence> train,
                           List<LabelledSequence> test, List<Duration> aggregateWindows, String sliceName) {
        this(name, profileColumns, train, test, aggregateWindows, sliceName, Map.of());
    }
}
