package dev.leadscope.ml.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnEncoderWidthTest {

    @Test
    void everyEncodersWidthIsTheNumberOfItsFeatureNames() {
        List<ColumnEncoder> encoders = List.of(new CategoryEncoder("industry", List.of("saas", "retail", "finance")),
                new CategoryEncoder("region", List.of()), new TextEncoder("notes", 16), new TimestampEncoder("created_at", 0),
                new NumberEncoder("employees", 0, 10_000), new BooleanEncoder("uses_competitor"),
                new TargetEncoder("source", Map.of("web", 0.1), 0.05));

        for (ColumnEncoder e : encoders) {
            assertThat(e.width()).as(e.column()).isEqualTo(e.featureNames().size());
        }
        assertThat(new FeatureSchema(encoders).width()).isEqualTo(4 + 1 + 17 + 4 + 1 + 1 + 1)
                .isEqualTo(new FeatureSchema(encoders).featureNames().size());
    }
}
