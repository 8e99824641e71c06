package dev.leadscope.qualification.routing;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.scoring.Tier;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Sends a small random share of scored leads in the exploration tiers (Low by default), which routing would hold
 * back from sales, to sales anyway, so that training keeps seeing how such leads really end. The draw is a hash of
 * workspace, lead and seed: the same lead is always drawn or never, on every instance and every request.
 *
 * @param share the share of leads drawn, in [0, 0.5]; 0 turns exploration off
 * @param tiers the tiers exploration draws from
 * @param seed  changes which leads are drawn
 */
public record ExplorationPolicy(double share, Set<Tier> tiers, String seed) {
    public static final ExplorationPolicy OFF = new ExplorationPolicy(0.0, Set.of(Tier.LOW), "off");

    public ExplorationPolicy {
        if (!(share >= 0 && share <= 0.5)) {
            throw new IllegalArgumentException("exploration.share must be in [0, 0.5]: " + share);
        }
        tiers = tiers == null || tiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tiers));
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("exploration.seed must not be empty");
        }
    }

    /** Whether a lead of {@code tier} that routing holds back goes to sales as exploration. */
    public boolean explores(WorkspaceId workspace, LeadId lead, Tier tier) {
        return share > 0 && tiers.contains(tier) && draw(workspace, lead) < share;
    }

    /** The lead's uniform draw in [0, 1), fixed by workspace, lead and seed. */
    public double draw(WorkspaceId workspace, LeadId lead) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((workspace.value() + '\u0000' + lead.value() + '\u0000' + seed).getBytes(StandardCharsets.UTF_8));
            return (ByteBuffer.wrap(digest).getLong() >>> 11) / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
