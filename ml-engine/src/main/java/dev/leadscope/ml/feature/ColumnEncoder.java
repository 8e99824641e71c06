package dev.leadscope.ml.feature;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * Turns one table column into one or more numeric features, the same way at training and at serving.
 * Implementations are immutable values, stored in the model's {@link FeatureSchema}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = NumberEncoder.class, name = "number"),
    @JsonSubTypes.Type(value = BooleanEncoder.class, name = "boolean"),
    @JsonSubTypes.Type(value = CategoryEncoder.class, name = "category"),
    @JsonSubTypes.Type(value = TargetEncoder.class, name = "target"),
    @JsonSubTypes.Type(value = TimestampEncoder.class, name = "timestamp"),
    @JsonSubTypes.Type(value = TextEncoder.class, name = "text")
})
public sealed interface ColumnEncoder
        permits NumberEncoder, BooleanEncoder, CategoryEncoder, TargetEncoder, TimestampEncoder, TextEncoder {

    /** The table column this encoder reads. */
    String column();

    /** The names of the features written, in order. */
    List<String> featureNames();

    /** How many features this column writes: the size of {@link #featureNames()}, without building the names. */
    default int width() {
        return featureNames().size();
    }

    /** Writes this column's features for one cell (null when missing) into {@code out} from {@code offset}. */
    void encode(String cell, float[] out, int offset);

    /** The cell in words a sales rep understands, e.g. "Lead source: Reference". */
    default String describe(String cell) {
        return Describe.label(column()) + ": " + (cell == null ? "unknown" : cell);
    }
}
