package dev.leadscope.rest.wiring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The probability of each lead's latest stored score, kept in memory up to {@code leads} leads, each for at most
 * {@code ttl}: account scoring reads it for every member of a rescored lead's account. Scores stored through this
 * instance replace what is kept when they are newer; an erased lead is dropped; the expiry bounds how long a score
 * stored by another process goes unseen. Thread-safe.
 */
public final class LatestProbabilities {
    private record Key(WorkspaceId workspace, LeadId lead) {
    }

    /** A probability and the time of its score; null when read from the store, which gives no time (any score stored later replaces it). */
    private record Kept(ConversionProbability probability, Instant scoredAt) {
    }

    private final Cache<Key, Kept> cache;
    private final boolean off;

    /** @param leads how many leads are kept; 0: nothing is kept */
    public LatestProbabilities(long leads, Duration ttl) {
        this.off = leads == 0;
        this.cache = Caffeine.newBuilder().maximumSize(leads).expireAfterWrite(ttl).build();
    }

    /** Whether nothing is kept. */
    boolean off() {
        return off;
    }

    /** These scores were stored: each replaces what is kept of its lead unless that is newer. */
    void stored(List<LeadScore> scores) {
        for (LeadScore s : scores) {
            cache.asMap().compute(new Key(s.workspace(), s.leadId()), (k, old) -> {
                if (old == null || old.scoredAt() == null || s.scoredAt().isAfter(old.scoredAt())) {
                    return new Kept(s.probability(), s.scoredAt());
                }
                // two scores of one instant: the store orders them by an id this side does not know
                return s.scoredAt().equals(old.scoredAt()) ? null : old;
            });
        }
    }

    /** What is kept of these leads; the others are left out. */
    Map<LeadId, ConversionProbability> known(WorkspaceId workspace, Collection<LeadId> leads) {
        Map<LeadId, ConversionProbability> out = new HashMap<>();
        for (LeadId lead : leads) {
            Kept kept = cache.getIfPresent(new Key(workspace, lead));
            if (kept != null) {
                out.put(lead, kept.probability());
            }
        }
        return out;
    }

    /**
     * Keeps probabilities read from the store, for leads with nothing kept: a score stored meanwhile through this
     * instance was kept before (and wins) or replaces this one after.
     */
    void read(WorkspaceId workspace, Map<LeadId, ConversionProbability> read) {
        read.forEach((lead, p) -> cache.asMap().putIfAbsent(new Key(workspace, lead), new Kept(p, null)));
    }

    /** The lead was erased: forgets it. */
    public void erased(WorkspaceId workspace, LeadId lead) {
        cache.invalidate(new Key(workspace, lead));
    }
}
