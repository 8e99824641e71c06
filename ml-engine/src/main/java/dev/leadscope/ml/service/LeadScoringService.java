package dev.leadscope.ml.service;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.LeadSource;
import dev.leadscope.domain.port.in.BlindScoringUseCase;
import dev.leadscope.domain.port.in.LeadNotFoundException;
import dev.leadscope.domain.report.Grouping;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.out.StageTimes;
import dev.leadscope.domain.rescoring.ChunkRead;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.ml.registry.SnapshotModel;
import dev.leadscope.ml.sequence.SequenceEvent;
import dev.leadscope.ml.sequence.column.SequenceColumn;
import dev.leadscope.ml.sequence.column.SequenceColumnStates;
import java.time.Clock;
import java.time.Instant;
import dev.leadscope.ml.fit.TreeModel;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.Firmographics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Scores a lead with the workspace's active model from a snapshot at the moment scored, through the same code
 * that built the training snapshots. Fresh scores are appended to the lead's history: a lead scored alone with its
 * reasons, leads rescored in a batch or in bulk with their reasons not computed. A model with the LSTM column reads
 * it, for leads scored now (alone or in a real-time batch), from the lead's kept state stepped by its new events
 * ({@link SequenceColumnStates}); for a past moment ({@code asOf}) and in bulk, from the lead's events before that
 * moment. Thread-safe.
 */
public final class LeadScoringService implements ScoreLeadUseCase, BlindScoringUseCase {
    private final StoredData data;
    private final LoadedModels models;
    private final Clock clock;
    private final HistoryLoader loader;
    private final StageTimes stages;

    public LeadScoringService(StoredData data, LoadedModels models, Clock clock) {
        this(data, models, clock, HistoryParts.UNCACHED, StageTimes.NONE);
    }

    /**
     * @param parts  where a lead's own events, notes and outcomes come from when one lead is scored (a cache, or the stores)
     * @param stages hears the stages of {@link #scoreAll} (the real-time rescoring's scoring): {@code history},
     *               {@code model} (feature rows and prediction; no reasons) and {@code score_append}
     */
    public LeadScoringService(StoredData data, LoadedModels models, Clock clock, HistoryParts parts, StageTimes stages) {
        this.data = data;
        this.models = models;
        this.clock = clock;
        this.loader = new HistoryLoader(data, parts);
        this.stages = stages;
    }

    @Override
    public LeadScore score(WorkspaceId workspace, LeadId lead) {
        LeadScore score = scoreHistory(workspace, loader.one(find(workspace, lead)), Instants.micros(clock.instant()), true);
        data.scores().append(score);
        return score;
    }

    @Override
    public LeadScore scoreAsOf(WorkspaceId workspace, LeadId lead, Instant asOf) {
        Lead found = find(workspace, lead);
        if (asOf == null) {
            throw new IllegalArgumentException("asOf must not be empty");
        }
        if (!asOf.isAfter(found.createdAt())) {
            throw new IllegalArgumentException("asOf must be after the lead was created (" + found.createdAt() + "): " + asOf);
        }
        return scoreAt(workspace, found, Instants.micros(asOf));
    }

    @Override
    public LeadScore scoreAsOfBlindTo(WorkspaceId workspace, LeadId lead, Instant asOf, Grouping hidden) {
        Lead found = find(workspace, lead);
        if (asOf == null || !asOf.isAfter(found.createdAt())) {
            throw new IllegalArgumentException("asOf must be after the lead was created (" + found.createdAt() + "): " + asOf);
        }
        boolean owner = hidden == Grouping.REP;
        Lead blinded = new Lead(found.workspace(), found.id(), found.accountId(), found.firstName(), found.lastName(),
                found.email(), found.title(), found.titleProfile(), owner ? found.source() : LeadSource.UNKNOWN,
                owner ? null : found.owner(), found.createdAt(), found.consent(), found.attributes());
        if (!owner) {
            return scoreAt(workspace, blinded, Instants.micros(asOf));
        }
        return scoreHistory(workspace, blindToTerritory(loader.one(blinded)), Instants.micros(asOf), false);
    }

    /** The rep's territory (the account's country and region) hidden as well: reps are given accounts by it. */
    static LeadHistory blindToTerritory(LeadHistory h) {
        if (h.account() == null) {
            return h;
        }
        Account a = h.account();
        Firmographics f = a.firmographics();
        Account hidden = new Account(a.workspace(), a.id(), a.name(), a.domain(), new Firmographics(f.industry(), f.employees(),
                f.annualRevenue(), f.growthRate(), f.hiringVelocity(), f.hiringFor(), f.fundingStage(), f.totalRaised(), null, null,
                f.foundedYear(), f.fiscalYearEndMonth()), a.technographics(), a.contractRenewalDate(), a.attributes(), a.createdAt());
        return new LeadHistory(h.lead(), hidden, h.events(), h.notes(), h.intent(), h.outcomes(), h.colleagues());
    }

    @Override
    public List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit) {
        find(workspace, lead);
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
        }
        return data.scores().history(workspace, lead, limit);
    }

    @Override
    public List<LeadScore> scoreAll(WorkspaceId workspace, Collection<LeadId> leads) {
        if (leads.isEmpty()) {
            return List.of();
        }
        Map.Entry<ModelVersion, SnapshotModel> active = models.active(workspace);
        List<LeadHistory> histories = stages.time("history", () -> loader.some(data.leads().findAll(workspace, leads).values()));
        return store(workspace, active, active.getValue().trees(), histories, stages, true);
    }

    /** The chunk's histories built from what it read, scored with the trees' bulk prediction (one thread per core). */
    @Override
    public List<LeadScore> scoreRead(WorkspaceId workspace, ChunkRead read) {
        if (read.leads().isEmpty()) {
            return List.of();
        }
        Map.Entry<ModelVersion, SnapshotModel> active = models.active(workspace);
        return store(workspace, active, models.bulkTrees(workspace, active.getKey()), HistoryLoader.of(read), StageTimes.NONE, false);
    }

    /** @param kept whether the LSTM column comes from the leads' kept states (the real-time path) or in bulk from their events */
    private List<LeadScore> store(WorkspaceId workspace, Map.Entry<ModelVersion, SnapshotModel> active, TreeModel trees,
                                  List<LeadHistory> histories, StageTimes stages, boolean kept) {
        Instant at = Instants.micros(clock.instant());
        SequenceColumnStates states = kept ? models.sequenceStates(workspace, active.getKey(), active.getValue()) : null;
        List<LeadScore> out = stages.time("model", () -> rescored(workspace, active, trees, histories, at,
                states == null ? null : fromStates(states, histories, at)));
        stages.run("score_append", () -> data.scores().appendAll(out));
        return out;
    }

    /**
     * What rescoring (real-time batches and bulk) stores for each lead: the probability and tier, with the reasons not
     * computed. Most rescored scores are never shown; whatever shows one computes its reasons then, with this model at
     * this moment ({@link ScoreReasonsService}), so the TreeSHAP contributions are left out here.
     */
    static List<LeadScore> rescored(WorkspaceId workspace, Map.Entry<ModelVersion, SnapshotModel> active, TreeModel trees,
                                    List<LeadHistory> histories, Instant at) {
        return rescored(workspace, active, trees, histories, at, null);
    }

    /** As {@link #rescored(WorkspaceId, Map.Entry, TreeModel, List, Instant)}, with the LSTM column from the leads' kept states ({@code sequence}; null: from their events). */
    static List<LeadScore> rescored(WorkspaceId workspace, Map.Entry<ModelVersion, SnapshotModel> active, TreeModel trees,
                                    List<LeadHistory> histories, Instant at, double[] sequence) {
        SnapshotModel model = active.getValue();
        List<SnapshotScorer.Scored> scored = SnapshotScorer.scoreAll(model, trees, histories, at, false, sequence);
        List<LeadScore> out = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            SnapshotScorer.Scored s = scored.get(i);
            out.add(LeadScore.withoutReasons(workspace, histories.get(i).lead().id(), new ConversionProbability(s.probability()),
                    null, null, s.tier(), active.getKey(), at, model.horizonDays()));
        }
        return out;
    }

    /** Each lead's LSTM column at {@code at} from its kept state, stepped by the events it has not seen yet. */
    private static double[] fromStates(SequenceColumnStates states, List<LeadHistory> histories, Instant at) {
        double[] out = new double[histories.size()];
        java.util.stream.IntStream.range(0, out.length).parallel().forEach(i -> {
            LeadHistory h = histories.get(i);
            out[i] = states.value(h.lead().id().value(), SequenceColumn.events(h), at);
        });
        return out;
    }

    private LeadScore scoreAt(WorkspaceId workspace, Lead lead, Instant at) {
        return scoreHistory(workspace, loader.one(lead), at, false);
    }

    /** @param kept whether the LSTM column comes from the lead's kept state (scoring now) or from its events before {@code at} */
    private LeadScore scoreHistory(WorkspaceId workspace, LeadHistory history, Instant at, boolean kept) {
        Lead lead = history.lead();
        Map.Entry<ModelVersion, SnapshotModel> active = models.active(workspace);
        SnapshotModel model = active.getValue();
        SequenceColumnStates states = kept ? models.sequenceStates(workspace, active.getKey(), model) : null;
        SnapshotScorer.Scored s;
        if (states == null) {
            s = SnapshotScorer.score(model, history, at);
        } else {
            List<SequenceEvent> events = SequenceColumn.events(history);
            s = SnapshotScorer.score(model, history, at, events, states.value(lead.id().value(), events, at));
        }
        return new LeadScore(workspace, lead.id(), new ConversionProbability(s.probability()), null, null, s.tier(),
                s.positive(), s.negative(), active.getKey(), at, model.horizonDays());
    }

    private Lead find(WorkspaceId workspace, LeadId lead) {
        return data.leads().findById(workspace, lead).orElseThrow(() -> new LeadNotFoundException(lead));
    }
}
