package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.SequenceModel;
import dev.leadscope.ml.sequence.column.SequenceColumn;
import dev.leadscope.ml.snapshot.LeadHistory;
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
     * Only the first half of {@link #probabilities}: the matrix the trees read for the histories at {@code at}
     * ({@code histories.size() x width}, row-major, the LSTM column last when the model has one), so a benchmark can
     * tell feature time from prediction time.
     */
    public float[] features(List<LeadHistory> histories, Instant at) {
        List<TrainingExamples.Example> examples = new java.util.ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            examples.add(new TrainingExamples.Example(i, at, 0));
        }
        return model.encode(histories, examples);
    }

    /**
     * The LSTM column of each history at {@code at} (empty when the model has none): by the plain-Java forward pass on
     * every core, as scoring computes it, or with {@code nativeBatches} through the network library in batches of
     * 2,048 per fold network, so a benchmark can tell which is faster.
     */
    public double[] sequenceColumn(List<LeadHistory> histories, Instant at, boolean nativeBatches) {
        SequenceColumn column = model.sequence();
        if (column == null) {
            return new double[0];
        }
        if (!nativeBatches) {
            return column.values(histories, at);
        }
        List<List<SequenceEvent>> events = new java.util.ArrayList<>(histories.size());
        for (LeadHistory h : histories) {
            events.add(SequenceColumn.events(h));
        }
        List<Instant> moments = java.util.Collections.nCopies(histories.size(), at);
        double[] out = new double[histories.size()];
        for (SequenceModel fold : column.folds()) {
            double[] z = fold.libraryLogits(events, moments);
            for (int i = 0; i < out.length; i++) {
                out[i] += z[i] / column.folds().size();
            }
        }
        return out;
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
