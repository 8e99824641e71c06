package dev.leadscope.account.committee;

import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An account's buying committee at a moment: members by role, coverage (members per role), decayed engagement
 * and recently active members per role, the required roles nobody fills, and the cross-role patterns seen.
 */
public record Committee(Map<CommitteeRole, List<LeadId>> membersByRole, Map<CommitteeRole, Double> engagement,
                        Map<CommitteeRole, Integer> recentlyActive, List<CommitteeRole> missingRoles,
                        List<PatternMatch> patterns) {

    /** One occurrence of a cross-role pattern. */
    public record PatternMatch(String name, Instant firstAt, Instant secondAt) {
        public String describe() {
            return name + " (" + firstAt.atZone(ZoneOffset.UTC).toLocalDate() + " then " + secondAt.atZone(ZoneOffset.UTC).toLocalDate() + ")";
        }
    }

    public Committee {
        EnumMap<CommitteeRole, List<LeadId>> byRole = new EnumMap<>(CommitteeRole.class);
        membersByRole.forEach((k, v) -> byRole.put(k, List.copyOf(v)));
        membersByRole = Collections.unmodifiableMap(byRole);
        EnumMap<CommitteeRole, Double> eng = new EnumMap<>(CommitteeRole.class);
        eng.putAll(engagement);
        engagement = Collections.unmodifiableMap(eng);
        EnumMap<CommitteeRole, Integer> act = new EnumMap<>(CommitteeRole.class);
        act.putAll(recentlyActive);
        recentlyActive = Collections.unmodifiableMap(act);
        missingRoles = List.copyOf(missingRoles);
        patterns = List.copyOf(patterns);
    }

    /** Members per role, zero for roles nobody fills. */
    public Map<CommitteeRole, Integer> coverage() {
        EnumMap<CommitteeRole, Integer> out = new EnumMap<>(CommitteeRole.class);
        for (CommitteeRole r : CommitteeRole.values()) {
            out.put(r, membersByRole.getOrDefault(r, List.of()).size());
        }
        return out;
    }

    public int size() {
        return membersByRole.values().stream().mapToInt(List::size).sum();
    }

    /** How many of the known roles (not UNKNOWN) have at least one member. */
    public int rolesCovered() {
        return (int) membersByRole.entrySet().stream().filter(e -> e.getKey() != CommitteeRole.UNKNOWN && !e.getValue().isEmpty()).count();
    }

    public double engagement(CommitteeRole role) {
        return engagement.getOrDefault(role, 0.0);
    }

    public int recentlyActive(CommitteeRole role) {
        return recentlyActive.getOrDefault(role, 0);
    }
}
