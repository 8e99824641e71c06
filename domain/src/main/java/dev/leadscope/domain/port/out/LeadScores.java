package dev.leadscope.domain.port.out;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The history of every lead's scores; entries are appended, never changed. Implementations are thread-safe. */
public interface LeadScores {

    void append(LeadScore score);

    void appendAll(List<LeadScore> scores);

    /** The most recent score of a lead. */
    Optional<LeadScore> latest(WorkspaceId workspace, LeadId lead);

    /**
     * The probability of the most recent score of each of {@code leads} (as {@link #latest} finds it), in one read;
     * leads never scored are left out. What account scoring needs of a committee's members.
     */
    Map<LeadId, ConversionProbability> latestProbabilities(WorkspaceId workspace, Collection<LeadId> leads);

    /** A lead's scores, newest first, at most {@code limit}. */
    List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit);

    /**
     * The latest score of every scored lead, highest probability first (equal probabilities by lead id), one page
     * at a time; the total counts the scored leads. Leads never scored are not listed.
     */
    Page<LeadScore> ranked(WorkspaceId workspace, PageRequest page);
}
