package dev.leadscope.rest.wiring;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lead scores whose latest probabilities (a committee's, for account scoring) are answered from
 * {@link LatestProbabilities} where kept; scores appended through it are kept once stored. Every other read goes to
 * the store.
 */
final class HotLeadScores implements LeadScores {
    private final LeadScores stored;
    private final LatestProbabilities latest;

    HotLeadScores(LeadScores stored, LatestProbabilities latest) {
        this.stored = stored;
        this.latest = latest;
    }

    @Override
    public void append(LeadScore score) {
        stored.append(score);
        latest.stored(List.of(score));
    }

    @Override
    public void appendAll(List<LeadScore> scores) {
        stored.appendAll(scores);
        latest.stored(scores);
    }

    /** Reasons change no probability, so the kept ones stay as they are. */
    @Override
    public void storeReasons(List<LeadScore> scores) {
        stored.storeReasons(scores);
    }

    @Override
    public Optional<LeadScore> latest(WorkspaceId workspace, LeadId lead) {
        return stored.latest(workspace, lead);
    }

    @Override
    public Map<LeadId, ConversionProbability> latestProbabilities(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<LeadId, ConversionProbability> out = latest.known(workspace, leads);
        List<LeadId> missing = leads.stream().filter(l -> !out.containsKey(l)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<LeadId, ConversionProbability> read = stored.latestProbabilities(workspace, missing);
            latest.read(workspace, read);
            out.putAll(read);
        }
        return out;
    }

    @Override
    public List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit) {
        return stored.history(workspace, lead, limit);
    }

    @Override
    public Page<LeadScore> ranked(WorkspaceId workspace, PageRequest page) {
        return stored.ranked(workspace, page);
    }
}
