package dev.leadscope.ml.sequence.evaluation;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A time-split sequence evaluation: training and test examples, the names of the profile columns, the
 * look-back windows the aggregate baseline counts over (empty: whole history only), reference probabilities
 * known for every test example (a simulator's true probabilities: the ceiling the models are read against), by
 * name, and reference columns known for every example (a simulator's truth, never observable: trained beside the
 * aggregates to show what reading them perfectly would add).
 */
public record SequenceDataset(String name, List<String> profileColumns, List<LabelledSequence> train,
                              List<LabelledSequence> test, List<Duration> aggregateWindows, String sliceName,
                              Map<String, double[]> references, List<ReferenceColumn> referenceColumns) {
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
        for (ReferenceColumn c : referenceColumns) {
            if (c.train().length != train.size() || c.test().length != test.size()) {
                throw new IllegalArgumentException(name + ": reference column '" + c.name() + "' has " + c.train().length + " and "
                        + c.test().length + " values for " + train.size() + " training and " + test.size() + " test examples");
            }
        }
        referenceColumns = List.copyOf(referenceColumns);
    }

    /** A dataset without references. */
    public SequenceDataset(String name, List<String> profileColumns, List<LabelledSequence> train,
                           List<LabelledSequence> test, List<Duration> aggregateWindows, String sliceName) {
        this(name, profileColumns, train, test, aggregateWindows, sliceName, Map.of(), List.of());
    }

    /**
     * One value per training and per test example that no model may see, e.g. the true order of an account's latest
     * pricing journey.
     */
    public record ReferenceColumn(String name, double[] train, double[] test) {
        public ReferenceColumn {
            train = train.clone();
            test = test.clone();
        }
    }
}
