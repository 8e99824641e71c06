package dev.leadscope.rest.realtime;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.PendingRescoring;
import dev.leadscope.domain.rescoring.CoalescingQueue;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;

/**
 * The latest stored score of recently seen leads, so that reading a lead's score answers from memory while that
 * score is current: made by the active model, with nothing waiting to be rescored. An entry is dropped when the lead
 * gets an event, note, outcome or change, is erased, or is taken for rescoring, and replaced once rescored; an
 * activation or rollback drops them all. A lead not in memory is looked up once in the database. A rescored score is
 * kept with its reasons not computed until the score is shown, which computes them ({@link #reasoned}).
 */
@Singleton
public class LatestScores {
    private record Key(WorkspaceId workspace, LeadId lead) {
    }

    private final Cache<Key, LeadScore> cache;
    private final LeadScores scores;
    private final PendingRescoring pending;
    private final CoalescingQueue queue;

    public LatestScores(LeadScores scores, PendingRescoring pending, CoalescingQueue queue,
                        @Value("${leadscope.cache.latest-scores:40000}") int size) {
        if (size < 0) {
            throw new IllegalArgumentException("leadscope.cache.latest-scores must be >= 0: " + size);
        }
        this.scores = scores;
        this.pending = pending;
        this.queue = queue;
        this.cache = Caffeine.newBuilder().maximumSize(size).build();
    }

    /** The lead's latest stored score if it is current under {@code active}; empty when it must be scored afresh. */
    public Optional<LeadScore> current(WorkspaceId workspace, LeadId lead, ModelVersion active) {
        if (queue.contains(workspace, lead)) {
            return Optional.empty();
        }
        Key key = new Key(workspace, lead);
        LeadScore known = cache.getIfPresent(key);
        if (known != null) {
            return known.modelVersion().equals(active) ? Optional.of(known) : Optional.empty();
        }
        Optional<LeadScore> stored = scores.latest(workspace, lead);
        if (stored.isEmpty() || !stored.get().modelVersion().equals(active) || pending.isPending(workspace, lead)) {
            return Optional.empty();
        }
        cache.put(key, stored.get());
        return stored;
    }

    /**
     * The lead's kept score when memory alone shows that it is current under {@code active} and has its reasons; empty
     * when the database or the model would have to be asked ({@link #current} and the reasons do that).
     */
    public Optional<LeadScore> shownFromMemory(WorkspaceId workspace, LeadId lead, ModelVersion active) {
        if (queue.contains(workspace, lead)) {
            return Optional.empty();
        }
        LeadScore known = cache.getIfPresent(new Key(workspace, lead));
        return known != null && known.reasonsComputed() && known.modelVersion().equals(active) ? Optional.of(known) : Optional.empty();
    }

    /** Whether the lead waits to be rescored, in this instance's queue or by a durable marker. */
    public boolean pending(WorkspaceId workspace, LeadId lead) {
        return queue.contains(workspace, lead) || pending.isPending(workspace, lead);
    }

    /** Remembers scores just stored for leads with nothing pending. */
    public void stored(Collection<LeadScore> fresh) {
        for (LeadScore s : fresh) {
            cache.put(new Key(s.workspace(), s.leadId()), s);
        }
    }

    /**
     * Puts a score whose reasons were just computed in place of the same score kept without them; a lead whose kept
     * score is another one (rescored since) or that is not kept is left as it is.
     */
    public void reasoned(LeadScore score) {
        cache.asMap().computeIfPresent(new Key(score.workspace(), score.leadId()),
                (k, kept) -> kept.sameEntryAs(score) && !kept.reasonsComputed() ? score : kept);
    }

    /** Forgets the leads' scores: they changed or are being rescored. */
    public void forget(WorkspaceId workspace, Collection<LeadId> leads) {
        cache.invalidateAll(leads.stream().map(l -> new Key(workspace, l)).toList());
    }

    /** Forgets every score: the active model changed. */
    public void forgetAll() {
        cache.invalidateAll();
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
