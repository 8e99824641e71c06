package dev.leadscope.ml.fit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The trained trees of a binary logistic booster evaluated in plain Java: the same float arithmetic as the library's
 * CPU predictor (the base margin, then each tree's leaf value added in tree order, in single precision), the same split
 * rule (a value below the split condition goes left, a missing value where the node says), read from the library's
 * JSON model. Small batches need no feature matrix, no native call and no native threads. Immutable and thread-safe.
 */
final class TreeEnsemble {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final int features;
    private final float baseMargin;
    private final int[] roots;
    // every tree's nodes one after another: children as absolute node numbers (-1 for a leaf), the feature split on,
    // the split condition (a leaf's value for a leaf) and where a missing value goes
    private final int[] left;
    private final int[] right;
    private final int[] feature;
    private final float[] condition;
    private final boolean[] missingLeft;

    private TreeEnsemble(int features, float baseMargin, int[] roots, int[] left, int[] right, int[] feature,
                         float[] condition, boolean[] missingLeft) {
        this.features = features;
        this.baseMargin = baseMargin;
        this.roots = roots;
        this.left = left;
        this.right = right;
        this.feature = feature;
        this.condition = condition;
        this.missingLeft = missingLeft;
    }

    /**
     * Reads the library's JSON model ({@code Booster.toByteArray("json")}).
     *
     * @throws IllegalArgumentException when the model is not one this evaluator reproduces exactly (another objective
     *                                  or booster, categorical splits, several outputs) or the text is not such a model
     */
    static TreeEnsemble fromJson(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the tree model's JSON cannot be read: " + e.getMessage(), e);
        }
        JsonNode learner = root.path("learner");
        String objective = learner.path("objective").path("name").asText();
        if (!objective.equals("binary:logistic") && !objective.equals("reg:logistic")) {
            throw new IllegalArgumentException("objective " + objective + " is not evaluated in Java");
        }
        JsonNode booster = learner.path("gradient_booster");
        if (!booster.path("name").asText().equals("gbtree")) {
            throw new IllegalArgumentException("booster " + booster.path("name").asText() + " is not evaluated in Java");
        }
        JsonNode param = learner.path("learner_model_param");
        if (!param.path("num_class").asText("0").equals("0") || !param.path("num_target").asText("1").equals("1")) {
            throw new IllegalArgumentException("models with several outputs are not evaluated in Java");
        }
        int features = Integer.parseInt(param.path("num_feature").asText());
        float baseScore = Float.parseFloat(param.path("base_score").asText().replace("[", "").replace("]", "").strip());
        // the library's ProbToMargin for the logistic objectives, in single precision
        float baseMargin = (float) -Math.log(1.0f / baseScore - 1.0f);
        JsonNode trees = booster.path("model").path("trees");
        JsonNode info = booster.path("model").path("tree_info");
        int nodes = 0;
        for (JsonNode tree : trees) {
            nodes += tree.path("left_children").size();
        }
        int[] roots = new int[trees.size()];
        int[] left = new int[nodes];
        int[] right = new int[nodes];
        int[] feature = new int[nodes];
        float[] condition = new float[nodes];
        boolean[] missingLeft = new boolean[nodes];
        int at = 0;
        for (int t = 0; t < trees.size(); t++) {
            JsonNode tree = trees.get(t);
            if (info.size() != trees.size() || info.get(t).asInt() != 0) {
                throw new IllegalArgumentException("tree " + t + " is not of the single output group");
            }
            JsonNode l = tree.path("left_children");
            JsonNode r = tree.path("right_children");
            JsonNode f = tree.path("split_indices");
            JsonNode c = tree.path("split_conditions");
            JsonNode d = tree.path("default_left");
            JsonNode types = tree.path("split_type");
            int n = l.size();
            if (n == 0 || r.size() != n || f.size() != n || c.size() != n || d.size() != n) {
                throw new IllegalArgumentException("tree " + t + " has arrays of different lengths");
            }
            roots[t] = at;
            for (int i = 0; i < n; i++) {
                if (types.size() > i && types.get(i).asInt() != 0) {
                    throw new IllegalArgumentException("tree " + t + " has a categorical split, not evaluated in Java");
                }
                int li = l.get(i).asInt();
                left[at + i] = li < 0 ? -1 : at + checked(li, n, t);
                right[at + i] = li < 0 ? -1 : at + checked(r.get(i).asInt(), n, t);
                feature[at + i] = li < 0 ? 0 : checked(f.get(i).asInt(), features, t);
                condition[at + i] = c.get(i).decimalValue().floatValue();
                missingLeft[at + i] = d.get(i).asBoolean();
            }
            at += n;
        }
        return new TreeEnsemble(features, baseMargin, roots, left, right, feature, condition, missingLeft);
    }

    private static int checked(int index, int bound, int tree) {
        if (index < 0 || index >= bound) {
            throw new IllegalArgumentException("tree " + tree + " refers to " + index + " outside 0.." + (bound - 1));
        }
        return index;
    }

    int features() {
        return features;
    }

    int trees() {
        return roots.length;
    }

    /** Log-odds for each of {@code rows} rows of the row-major matrix {@code x} (NaN = missing). */
    double[] margins(float[] x, int rows) {
        if (x.length != rows * features) {
            throw new IllegalArgumentException("matrix has " + x.length + " values; expected " + rows + " × " + features);
        }
        double[] out = new double[rows];
        for (int row = 0; row < rows; row++) {
            out[row] = margin(x, row * features);
        }
        return out;
    }

    private float margin(float[] x, int offset) {
        float sum = baseMargin;
        for (int root : roots) {
            int node = root;
            while (left[node] >= 0) {
                float v = x[offset + feature[node]];
                node = v != v ? (missingLeft[node] ? left[node] : right[node]) : v < condition[node] ? left[node] : right[node];
            }
            sum += condition[node];
        }
        return sum;
    }
}
