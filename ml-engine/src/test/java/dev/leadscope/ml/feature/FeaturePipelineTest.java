package dev.leadscope.ml.feature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.ml.tabular.Json;
import dev.leadscope.ml.tabular.Labels;
import dev.leadscope.ml.tabular.SyntheticLeads;
import dev.leadscope.ml.tabular.Table;
import dev.leadscope.ml.tabular.TableReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeaturePipelineTest {
    private final TableReader reader = new TableReader(TableReader.DEFAULT_MISSING_TOKENS);

    @Test
    void givenRareAndUnknownLevels_whenEncoded_thenTheyShareTheOtherFeature() {
        StringBuilder csv = new StringBuilder("id,colour,y\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(i % 2 == 0 ? ",red," : ",blue,").append(i % 3 == 0 ? 1 : 0).append('\n');
        }
        csv.append("30,green,1\n");
        Table t = reader.parse(csv.toString(), "t").table();
        FeatureSchema schema = FeaturePipeline.fit(t, Labels.read(t, "y"), Set.of("id", "y"), FeatureOptions.DEFAULTS, 1).schema();
        assertThat(schema.featureNames()).containsExactly("colour=blue", "colour=red", "colour=(other)");
        Table serving = reader.parse("id,colour\n1,green\n2,purple\n3,red\n4,\n", "s").table();
        float[] x = schema.encode(serving);
        assertThat(x).containsExactly(0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0);
    }

    @Test
    void givenSameData_whenFittedTwice_thenSchemaHashIsStableAndSurvivesJson() {
        Table t = reader.parse(SyntheticLeads.csv(300, 5, true), "t").table();
        int[] y = Labels.read(t, "converted");
        FeatureSchema a = FeaturePipeline.fit(t, y, Set.of("lead_id", "converted"), FeatureOptions.DEFAULTS, 1).schema();
        FeatureSchema b = FeaturePipeline.fit(t, y, Set.of("lead_id", "converted"), FeatureOptions.DEFAULTS, 1).schema();
        assertThat(a.hash()).isEqualTo(b.hash()).hasSize(64);
        FeatureSchema read = Json.read(Json.write(a), FeatureSchema.class, "schema");
        assertThat(read.hash()).isEqualTo(a.hash());
        assertThat(read.encode(t)).containsExactly(a.encode(t));
    }

    @Test
    void givenEachColumnType_whenFitted_thenTheMatchingEncoderIsChosen() {
        Table t = reader.parse(SyntheticLeads.csv(300, 5, true), "t").table();
        FeatureSchema s = FeaturePipeline.fit(t, Labels.read(t, "converted"), Set.of("lead_id", "converted"),
                FeatureOptions.DEFAULTS, 1).schema();
        assertThat(s.encoders()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CategoryEncoder", "NumberEncoder", "BooleanEncoder", "TimestampEncoder", "CategoryEncoder");
    }

    @Test
    void givenManyLevels_whenFitted_thenOutOfFoldConversionRateIsAdded() {
        StringBuilder csv = new StringBuilder("id,city,y\n");
        for (int i = 0; i < 600; i++) {
            int city = i % 30;
            csv.append(i).append(",c").append(city).append(',').append(city < 10 ? 1 : 0).append('\n');
        }
        Table t = reader.parse(csv.toString(), "t").table();
        FeaturePipeline.Fitted f = FeaturePipeline.fit(t, Labels.read(t, "y"), Set.of("id", "y"), FeatureOptions.DEFAULTS, 1);
        assertThat(f.schema().encoders().get(1)).isInstanceOf(TargetEncoder.class);
        int w = f.schema().width();
        // row 0 is city c0 (always converts): its out-of-fold rate is high but not exactly its own label
        assertThat(f.matrix()[w - 1]).isGreaterThan(0.5f).isLessThan(1f);
    }

    @Test
    void givenRowsGroupedLikeOneAccountsSnapshots_whenFittedWithGroups_thenTheRateNeverSeesTheGroupsOwnLabels() {
        StringBuilder csv = new StringBuilder("id,owner,y\n");
        int[] groups = new int[600];
        for (int i = 0; i < 600; i++) {
            // 30 owners, each with one account of 20 snapshots sharing its label: the owner says nothing beyond its account
            int owner = i / 20;
            groups[i] = owner;
            csv.append(i).append(",o").append(owner).append(',').append(owner % 2).append('\n');
        }
        Table t = reader.parse(csv.toString(), "t").table();
        int[] y = Labels.read(t, "y");
        FeaturePipeline.Fitted byRow = FeaturePipeline.fit(t, y, Set.of("id", "y"), FeatureOptions.DEFAULTS, 1);
        FeaturePipeline.Fitted byGroup = FeaturePipeline.fit(t, y, Set.of("id", "y"), FeatureOptions.DEFAULTS, 1, groups);
        int w = byRow.schema().width();
        // row 20 belongs to owner o1, whose only account converts
        assertThat(byRow.matrix()[20 * w + w - 1]).isGreaterThan(0.6f);
        assertThat(byGroup.matrix()[20 * w + w - 1]).isLessThan(0.55f);
    }

    @Test
    void givenNumbers_whenDescribed_thenWordedForReps() {
        NumberEncoder e = new NumberEncoder("Total Time Spent on Website", 10, 900);
        assertThat(e.describe("1450")).isEqualTo("Total time spent on website: 1,450 (high)");
        assertThat(new BooleanEncoder("Do Not Email").describe("Yes")).isEqualTo("Do not email: yes");
        assertThat(Describe.label("TotalVisits")).isEqualTo("TotalVisits");
    }
}
