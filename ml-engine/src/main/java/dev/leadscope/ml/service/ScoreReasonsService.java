package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.in.ScoreReasonsUseCase;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the reasons of stored scores that were stored without them, where they are shown, and stores them back.
 * A score is explained by the model version that made it (loaded from the registry when it is not the active one), at
 * the score's own moment, from the lead's history as the stores hold it now, seeing only what was known before that
 * moment: the same history, rows and TreeSHAP contributions as scoring the lead at that moment gives. Scores of one
 * model and moment are explained in one batch (a bulk rescoring gives every lead the same moment, so a page of a
 * ranked list is one batch). Thread-safe.
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
        List<LeadScore> computed = new ArrayList<>();
        missing.forEach((moment, some) -> computed.addAll(explain(workspace, moment, some)));
        data.scores().storeReasons(computed);
        List<LeadScore> out = new ArrayList<>(scores.size());
        for (LeadScore s : scores) {
            out.add(s.reasonsComputed() ? s : computed.stream().filter(c -> c.sameEntryAs(s)).findFirst().orElse(s));
        }
        return out;
    }

    /** The scores of one model and moment with their reasons; those whose lead no longer exists are left out. */
    private List<LeadScore> explain(WorkspaceId workspace, Moment moment, List<LeadScore> scores) {
        SnapshotModel model = models.get(workspace, moment.version());
        Map<LeadId, LeadScore> byLead = new LinkedHashMap<>();
        scores.forEach(s -> byLead.putIfAbsent(s.leadId(), s));
        Map<LeadId, Lead> found = data.leads().findAll(workspace, byLead.keySet());
        List<Lead> leads = byLead.keySet().stream().filter(found::containsKey).map(found::get).toList();
        List<LeadHistory> histories = loader.some(leads);
        List<SnapshotScorer.Scored> scored = SnapshotScorer.scoreAll(model, model.trees(), histories, moment.at(), true);
        List<LeadScore> out = new ArrayList<>(leads.size());
        for (int i = 0; i < leads.size(); i++) {
            SnapshotScorer.Scored s = scored.get(i);
            out.add(byLead.get(leads.get(i).id()).withReasons(s.positive(), s.negative()));
        }
        return out;
    }
}
