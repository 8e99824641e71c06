package dev.leadscope.ml.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.registry.SnapshotModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain-Java trees give the library's margins: on the golden models and on a freshly trained one, over thousands of
 * rows made to sit on, just below and just above every split condition, missing, or anywhere, bit for bit.
 */
class TreeEnsembleTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final int ROWS = 5_000;

    @ParameterizedTest
    @ValueSource(strings = {"snapshot-format-2", "snapshot-format-3", "snapshot-sequence-format-3"})
    void givenGoldenModel_whenEvaluatedInJava_thenMarginsEqualTheLibrarys(String name) throws IOException {
        Path dir = GOLDEN.resolve(name);
        ModelInfo info = new ModelInfo(new WorkspaceId("golden"), new ModelVersion(name), Instant.parse("2024-12-31T00:00:00Z"),
                Files.readString(dir.resolve("schema-hash.txt")).strip(), Map.of(), Map.of());
        TreeModel trees = SnapshotModel.load(info, Files.readAllBytes(dir.resolve("model.bin"))).trees();

        assertSameMargins(trees, new Random(name.hashCode()));
    }

    @Test
    void givenFreshlyTrainedModel_whenEvaluatedInJava_thenMarginsEqualTheLibrarys() {
        Random r = new Random(11);
        int d = 6;
        int[] yTrain = new int[3000];
        int[] yValid = new int[800];
        float[] xTrain = labelled(3000, d, r, yTrain);
        float[] xValid = labelled(800, d, r, yValid);
        TreeModel trees = new TreeTrainer(BoostingParams.DEFAULTS, 1).train(xTrain, yTrain, xValid, yValid, d, 7).model();
        assertThat(trees.rounds()).isGreaterThan(20);

        assertSameMargins(trees, r);
        assertThat(trees.ensemble().margins(xValid, yValid.length)).containsExactly(trees.nativeMargins(xValid, yValid.length));
    }

    @Test
    void givenSmallAndLargeBatches_whenPredicted_thenTheSameRowGetsTheSameMargin() {
        Random r = new Random(5);
        int d = 4;
        int[] y = new int[2500];
        float[] x = labelled(2500, d, r, y);
        TreeModel trees = new TreeTrainer(BoostingParams.DEFAULTS, 1).train(x, y, x, y, d, 3).model();

        double[] bulk = trees.margins(x, 2500);
        float[] one = new float[d];
        for (int row = 0; row < 2500; row += 97) {
            System.arraycopy(x, row * d, one, 0, d);
            assertThat(trees.margins(one, 1)[0]).as("row %d", row).isEqualTo(bulk[row]);
        }
    }

    @Test
    void givenModelWithAnotherObjective_whenRead_thenRefusedSoTheLibraryPredicts() {
        String json = "{\"learner\":{\"objective\":{\"name\":\"reg:squarederror\"}}}";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TreeEnsemble.fromJson(json.getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reg:squarederror");
    }

    private static void assertSameMargins(TreeModel trees, Random r) {
        TreeEnsemble ensemble = trees.ensemble();
        assertThat(ensemble).as("the model is evaluated in Java").isNotNull();
        assertThat(ensemble.features()).isEqualTo(trees.features());
        assertThat(ensemble.trees()).isEqualTo(trees.rounds());
        float[] x = rowsAroundSplits(trees, r);

        double[] java = ensemble.margins(x, ROWS);
        double[] library = trees.nativeMargins(x, ROWS);

        for (int i = 0; i < ROWS; i++) {
            assertThat(java[i]).as("row %d", i).isCloseTo(library[i], within(1e-6));
        }
        assertThat(java).containsExactly(library);
    }

    /** Rows whose values sit on, just below or just above a split condition of their feature, or are missing, or random. */
    private static float[] rowsAroundSplits(TreeModel trees, Random r) {
        int d = trees.features();
        List<List<Float>> splits = splitsByFeature(trees);
        float[] x = new float[ROWS * d];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < d; j++) {
                List<Float> s = splits.get(j);
                int pick = r.nextInt(10);
                float v;
                if (pick == 0) {
                    v = Float.NaN;
                } else if (pick == 1 || s.isEmpty()) {
                    v = (float) (r.nextGaussian() * 10);
                } else {
                    float c = s.get(r.nextInt(s.size()));
                    v = pick < 5 ? c : pick < 8 ? Math.nextDown(c) : Math.nextUp(c);
                }
                x[i * d + j] = v;
            }
        }
        return x;
    }

    private static List<List<Float>> splitsByFeature(TreeModel trees) {
        List<List<Float>> out = new ArrayList<>();
        for (int j = 0; j < trees.features(); j++) {
            out.add(new ArrayList<>());
        }
        try {
            JsonNode root = new ObjectMapper().readTree(json(trees));
            for (JsonNode tree : root.path("learner").path("gradient_booster").path("model").path("trees")) {
                JsonNode left = tree.path("left_children");
                for (int i = 0; i < left.size(); i++) {
                    if (left.get(i).asInt() >= 0) {
                        out.get(tree.path("split_indices").get(i).asInt()).add(Float.parseFloat(tree.path("split_conditions").get(i).asText()));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static byte[] json(TreeModel trees) {
        try {
            return ml.dmlc.xgboost4j.java.XGBoost.loadModel(trees.toBytes()).toByteArray("json");
        } catch (ml.dmlc.xgboost4j.java.XGBoostError | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static float[] labelled(int n, int d, Random r, int[] labels) {
        float[] x = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = r.nextInt(15) == 0 ? Float.NaN : (float) r.nextGaussian();
            }
            double z = -1.5 + 1.2 * (Float.isNaN(x[i * d]) ? 0.3 : x[i * d]) + (x[i * d + 1] > 0.4 ? 1 : 0)
                    - 0.7 * (Float.isNaN(x[i * d + 2]) ? -1 : x[i * d + 2]);
            labels[i] = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        return x;
    }
}
