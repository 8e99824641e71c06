package dev.leadscope.ml.feature;

import dev.leadscope.ml.tabular.Values;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A date or time as its age in days before {@code referenceEpochSecond} (the latest value seen in training, so the
 * same cell always gives the same features), month, day of week and hour (UTC); missing → NaN.
 */
public record TimestampEncoder(String column, long referenceEpochSecond) implements ColumnEncoder {
    public TimestampEncoder {
        FeatureChecks.column(column);
    }

    @Override
    public int width() {
        return 4;
    }

    @Override
    public List<String> featureNames() {
        return List.of(column + ":age_days", column + ":month", column + ":weekday", column + ":hour");
    }

    @Override
    public void encode(String cell, float[] out, int offset) {
        Instant t = Values.instant(cell);
        if (t == null) {
            for (int i = 0; i < 4; i++) {
                out[offset + i] = Float.NaN;
            }
            return;
        }
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        out[offset] = (float) ((referenceEpochSecond - t.getEpochSecond()) / 86_400.0);
        out[offset + 1] = z.getMonthValue();
        out[offset + 2] = z.getDayOfWeek().getValue();
        out[offset + 3] = z.getHour();
    }
}
