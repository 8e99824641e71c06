package dev.leadscope.ml.artifact;

import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.ml.explain.Explanation;
import dev.leadscope.ml.explain.ReasonBuilder;
import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.tabular.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A loaded model ready to score: encodes rows with its schema, predicts, calibrates, tiers and explains.
 * Thread-safe.
 */
public final class ModelBundle {
    private final ModelManifest manifest;
    private final TreeModel trees;
    private final ReasonBuilder reasons;

    public ModelBundle(ModelManifest manifest, TreeModel trees) {
        this.manifest = manifest;
        this.trees = trees;
        this.reasons = new ReasonBuilder(manifest.schema());
    }

    public ModelManifest manifest() {
        return manifest;
    }

    public TreeModel trees() {
        return trees;
    }

    /** Calibrated probabilities for every row of the table (columns are matched by name). */
    public double[] probabilities(Table table) {
        return probabilities(manifest.schema().encode(table), table.rowCount());
    }

    /** Calibrated probabilities for an already encoded matrix. */
    public double[] probabilities(float[] x, int rows) {
        double[] m = trees.margins(x, rows);
        for (int i = 0; i < m.length; i++) {
            m[i] = manifest.calibration().apply(m[i]);
        }
        return m;
    }

    public Tier tier(double probability) {
        return manifest.tiers().tierOf(probability);
    }

    /** Top {@code n} reasons each way for every row. */
    public List<Explanation> explain(Table table, float[] x, int n) {
        float[][] contrib = trees.contributions(x, table.rowCount());
        List<Explanation> out = new ArrayList<>(contrib.length);
        for (int r = 0; r < contrib.length; r++) {
            out.add(reasons.explain(table, r, contrib[r], n));
        }
        return out;
    }
}
