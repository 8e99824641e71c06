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

/**
 * The history of every lead's scores; entries are appended, never changed, except that the reasons of an entry stored
 * with its reasons not computed ({@link LeadScore#reasonsComputed()} false) are filled in once ({@link #storeReasons}).
 * Entries are read back as they are stored, reasons computed or not. Implementations are thread-safe.
 */
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

    /**
     * Fills in the reasons of stored entries whose reasons are not computed: each of {@code scores} (reasons computed)
     * completes the stored entries of the same lead made by the same model at the same moment
     * ({@link LeadScore#sameEntryAs}) that have no reasons yet. An entry whose reasons are stored already keeps them,
     * so they are computed and stored once, whoever gets there first; the probability, tier and every other field of an
     * entry never change. Entries not found (erased since) are left out.
     *
     * @throws IllegalArgumentException when one of {@code scores} has its reasons not computed
     */
    void storeReasons(List<LeadScore> scores);

    /** A lead's scores, newest first, at most {@code limit}. */
    List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit);

    /**
     * The latest score of every scored lead, highest probability first (equal probabilities by lead id), one page
     * at a time; the total counts the scored leads. Leads never scored are not listed.
     */
    Page<LeadScore> ranked(WorkspaceId workspace, PageRequest page);
}
