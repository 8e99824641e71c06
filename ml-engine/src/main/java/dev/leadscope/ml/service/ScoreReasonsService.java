package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.ScoreReasonsUseCase;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the reasons of stored scores that were stored without them, where they are shown, and stores them back.
 * A score is explained by the model version that made it (loaded from the registry when it is not the active one), at
 * the score's own moment, from the lead's history as the stores hold it now, seeing only what was known before that
 * moment: the same history, rows and TreeSHAP contributions as scoring the lead at that moment gives. Each lead's
 * history is read once per call, and the scores of one model and moment are explained in one batch (a bulk rescoring
 * gives up to 20,000 leads one moment, so a page of a ranked list is mostly one batch). A model version other than the active
 * one is loaded once and kept, like the active one. Thread-safe.
 */
public final class ScoreReasonsService implements ScoreReasonsUseCase {
    private record Moment(ModelVersion version, Instant at) {
    }

    private final StoredData data;
    private final LoadedModels models;
    private final HistoryLoader loader;

    /** @param parts where a lead's own events, notes and outcomes come from (the hot lead state, or the stores) */
    public ScoreReasonsService(StoredData data, LoadedModels models, HistoryParts parts) {
        this.data = data;
        this.models = models;
        this.loader = new HistoryLoader(data, parts);
    }

    @Override
    public List<LeadScore> withReasons(WorkspaceId workspace, List<LeadScore> scores) {
        Map<Moment, List<LeadScore>> missing = new LinkedHashMap<>();
        for (LeadScore s : scores) {
            if (!s.workspace().equals(workspace)) {
                throw new IllegalArgumentException("score of lead " + s.leadId().value() + " is not of workspace " + workspace);
            }
            if (!s.reasonsComputed()) {
                missing.computeIfAbsent(new Moment(s.modelVersion(), s.scoredAt()), m -> new ArrayList<>()).add(s);
            }
        }
        if (missing.isEmpty()) {
            return scores;
        }
        // each lead's history is read once, however many of its scores are explained (a page of its score history)
        Set<LeadId> ids = new LinkedHashSet<>();
        missing.values().forEach(some -> some.forEach(s -> ids.add(s.leadId())));
        Map<LeadId, LeadHistory> histories = new HashMap<>();
        loader.some(data.leads().findAll(workspace, ids).values()).forEach(h -> histories.put(h.lead().id(), h));
        List<LeadScore> computed = new ArrayList<>();
        missing.forEach((moment, some) -> computed.addAll(explain(workspace, moment, some, histories)));
        data.scores().storeReasons(computed);
        List<LeadScore> out = new ArrayList<>(scores.size());
        for (LeadScore s : scores) {
            out.add(s.reasonsComputed() ? s : computed.stream().filter(c -> c.sameEntryAs(s)).findFirst().orElse(s));
        }
        return out;
    }

    /**
     * The scores of one model and moment with their reasons, in one batch; those whose lead no longer exists (no
     * history) are left out.
     */
    private List<LeadScore> explain(WorkspaceId workspace, Moment moment, List<LeadScore> scores,
                                    Map<LeadId, LeadHistory> histories) {
        SnapshotModel model = models.get(workspace, moment.version());
        Map<LeadId, LeadScore> byLead = new LinkedHashMap<>();
        scores.forEach(s -> byLead.putIfAbsent(s.leadId(), s));
        List<LeadHistory> batch = byLead.keySet().stream().filter(histories::containsKey).map(histories::get).toList();
        List<SnapshotScorer.Scored> scored = SnapshotScorer.scoreAll(model, model.trees(), batch, moment.at(), true);
        List<LeadScore> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            SnapshotScorer.Scored s = scored.get(i);
            out.add(byLead.get(batch.get(i).lead().id()).withReasons(s.positive(), s.negative()));
        }
        return out;
    }
}
