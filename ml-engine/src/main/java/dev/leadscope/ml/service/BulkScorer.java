package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotTable;
import dev.leadscope.ml.snapshot.TrainingExamples;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The bulk scoring path that rescoring every lead takes (feature rows as values on every core, written straight into
 * the float matrix, one tree prediction per batch), over histories already in memory: for benchmarks and tools.
 * Thread-safe.
 */
public final class BulkScorer {
    private final Map.Entry<ModelVersion, SnapshotModel> active;
    private final SnapshotModel model;
    private final TreeModel trees;
    private final HistoryLoader loader;
    private final WorkspaceId workspace;

    private BulkScorer(Map.Entry<ModelVersion, SnapshotModel> active, TreeModel trees, HistoryLoader loader, WorkspaceId workspace) {
        this.active = active;
        this.model = active.getValue();
        this.trees = trees;
        this.loader = loader;
        this.workspace = workspace;
    }

    /** The workspace's active model, with its trees predicting on one native thread per core. */
    public static BulkScorer active(StoredData data, WorkspaceId workspace) {
        LoadedModels models = new LoadedModels(data.registry());
        Map.Entry<ModelVersion, SnapshotModel> active = models.active(workspace);
        return new BulkScorer(active, models.bulkTrees(workspace, active.getKey()), new HistoryLoader(data), workspace);
    }

    /** Every lead's history in the workspace, read in bulk. */
    public List<LeadHistory> histories() {
        return loader.all(workspace, n -> { });
    }

    /**
     * Only the first half of {@link #probabilities}: the feature matrix of the histories at {@code at}
     * ({@code histories.size() x width}, row-major), so a benchmark can tell feature time from prediction time.
     */
    public float[] features(List<LeadHistory> histories, Instant at) {
        List<TrainingExamples.Example> examples = new java.util.ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            examples.add(new TrainingExamples.Example(i, at, 0));
        }
        return SnapshotTable.encode(model.schema(), model.features(), histories, examples);
    }

    /**
     * The scores bulk rescoring stores for the histories at {@code at}, in order (probability and tier, reasons not
     * computed: they are computed where a score is shown), through the same code as the rescoring; not stored.
     */
    public List<LeadScore> rescored(List<LeadHistory> histories, Instant at) {
        return LeadScoringService.rescored(workspace, active, trees, histories, at);
    }

    /**
     * The calibrated probability of each history at {@code at}, in order; the reasons are computed too when asked, as
     * computing them where they are shown does for the scores of one model and moment.
     */
    public double[] probabilities(List<LeadHistory> histories, Instant at, boolean reasons) {
        List<SnapshotScorer.Scored> scored = SnapshotScorer.scoreAll(model, trees, histories, at, reasons);
        double[] out = new double[scored.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scored.get(i).probability();
        }
        return out;
    }
}
