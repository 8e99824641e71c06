package dev.leadscope.ml.fit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Cuts a single-tree-per-round boosted model back to its first rounds, through the library's JSON model format. */
final class TreeCut {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TreeCut() {
    }

    /** A new booster holding the first {@code rounds} trees of {@code booster} (which is left as it was). */
    static Booster firstRounds(Booster booster, int rounds) throws XGBoostError {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(booster.toByteArray("json"));
            ObjectNode model = (ObjectNode) root.path("learner").path("gradient_booster").path("model");
            ObjectNode param = (ObjectNode) model.path("gbtree_model_param");
            ArrayNode trees = (ArrayNode) model.path("trees");
            ArrayNode treeInfo = (ArrayNode) model.path("tree_info");
            ArrayNode indptr = (ArrayNode) model.path("iteration_indptr");
            if (!"1".equals(param.path("num_parallel_tree").asText()) || trees.size() != indptr.size() - 1
                    || trees.size() < rounds || treeInfo.size() != trees.size()) {
                throw new IllegalStateException("unexpected tree model layout: " + trees.size() + " trees, "
                        + indptr.size() + " round offsets, parallel trees " + param.path("num_parallel_tree"));
            }
            cut(trees, rounds);
            cut(treeInfo, rounds);
            cut(indptr, rounds + 1);
            param.put("num_trees", Integer.toString(rounds));
            return XGBoost.loadModel(JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TreeModelException("cannot cut the tree model to " + rounds + " rounds: " + e.getMessage(), e);
        }
    }

    private static void cut(ArrayNode array, int size) {
        while (array.size() > size) {
            array.remove(array.size() - 1);
        }
    }
}
