package dev.leadscope.account.committee;

import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an account's buying committee at a moment from its leads (roles as their titles give them) and their
 * events, using only what happened before that moment. Thread-safe.
 */
public final class CommitteeAnalyzer {
    private final CommitteeSettings settings;
    private final List<Matcher> patterns = new ArrayList<>();

    public CommitteeAnalyzer(CommitteeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        settings.patterns().forEach(p -> patterns.add(new Matcher(p)));
    }

    /**
     * A pattern with its roles and kinds indexed (roles as enum sets: a bit test, where a hashed set looked up the role's
     * identity hash): it is tried on every event of the committee.
     */
    private record Matcher(CrossRolePattern pattern, Set<CommitteeRole> firstRoles, EventKinds firstKinds,
                           Set<CommitteeRole> secondRoles, EventKinds secondKinds, long windowSeconds) {
        Matcher(CrossRolePattern p) {
            this(p, EnumSet.copyOf(p.firstRoles()), EventKinds.of(p.firstKinds()), EnumSet.copyOf(p.secondRoles()),
                    EventKinds.of(p.secondKinds()), Duration.ofDays(p.windowDays()).toSeconds());
        }

        boolean first(RoleEvent re) {
            return firstRoles.contains(re.role()) && firstKinds.matches(re.event());
        }

        boolean second(RoleEvent re) {
            return secondRoles.contains(re.role()) && secondKinds.matches(re.event());
        }
    }

    public CommitteeSettings settings() {
        return settings;
    }

    /** One event with the role of the member who did it. */
    public record RoleEvent(CommitteeRole role, ActivityEvent event) {
    }

    /**
     * @param members the account's leads; those created after {@code asOf} are left out
     * @param events  each member's events, any order; events at or after {@code asOf} are left out
     */
    public Committee analyze(List<Lead> members, Map<LeadId, List<ActivityEvent>> events, Instant asOf) {
        return analyze(members, events, asOf, roleEvents(members, events, asOf.minus(Duration.ofDays(settings.lookbackDays())), asOf));
    }

    /**
     * As {@link #analyze(List, Map, Instant)}, given the members' events of the lookback window with their roles,
     * oldest first, as {@link #roleEvents} lists them (a caller that needs them too lists them once).
     */
    public Committee analyze(List<Lead> members, Map<LeadId, List<ActivityEvent>> events, Instant asOf, List<RoleEvent> inWindow) {
        Map<CommitteeRole, List<LeadId>> byRole = new EnumMap<>(CommitteeRole.class);
        Map<CommitteeRole, Double> engagement = new EnumMap<>(CommitteeRole.class);
        Map<CommitteeRole, Integer> active = new EnumMap<>(CommitteeRole.class);
        Instant from = asOf.minus(Duration.ofDays(settings.lookbackDays()));
        Instant recent = asOf.minus(Duration.ofDays(settings.recentDays()));
        double halfLifeSeconds = settings.halfLifeDays() * 86_400;
        for (Lead lead : members) {
            if (lead.createdAt().isAfter(asOf)) {
                continue;
            }
            CommitteeRole role = lead.committeeRole();
            byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(lead.id());
            double sum = 0;
            boolean isActive = false;
            List<ActivityEvent> window = inWindow(events.getOrDefault(lead.id(), List.of()), from, asOf);
            for (int i = 0, n = window.size(); i < n; i++) {
                ActivityEvent e = window.get(i);
                sum += settings.weights().weight(e) * Math.pow(0.5, wholeSecondsBetween(e.occurredAt(), asOf) / halfLifeSeconds);
                isActive |= !e.occurredAt().isBefore(recent);
            }
            engagement.merge(role, sum, Double::sum);
            if (isActive) {
                active.merge(role, 1, Integer::sum);
            }
        }
        List<CommitteeRole> missing = new ArrayList<>();
        for (CommitteeRole r : CommitteeRole.values()) {
            if (settings.requiredRoles().contains(r) && !byRole.containsKey(r)) {
                missing.add(r);
            }
        }
        return new Committee(byRole, engagement, active, missing, patterns(inWindow, recent));
    }

    /** Every event of the members in {@code [from, asOf)} with its member's role, oldest first. */
    public static List<RoleEvent> roleEvents(List<Lead> members, Map<LeadId, List<ActivityEvent>> events, Instant from, Instant asOf) {
        List<List<ActivityEvent>> windows = new ArrayList<>(members.size());
        int count = 0;
        for (Lead lead : members) {
            List<ActivityEvent> window = inWindow(events.getOrDefault(lead.id(), List.of()), from, asOf);
            windows.add(window);
            count += window.size();
        }
        List<RoleEvent> out = new ArrayList<>(count);
        for (int m = 0; m < members.size(); m++) {
            CommitteeRole role = members.get(m).committeeRole();
            List<ActivityEvent> window = windows.get(m);
            for (int i = 0, n = window.size(); i < n; i++) {
                out.add(new RoleEvent(role, window.get(i)));
            }
        }
        // each member's events are in order already: the sort merges those runs
        out.sort((a, b) -> a.event().occurredAt().compareTo(b.event().occurredAt()));
        return out;
    }

    /**
     * The events with {@code from <= occurredAt < to}: on a member's ordered list (as the stores and the kept histories
     * give them) a view found by binary search, so that a long history's older events are not gone through at all.
     */
    private static List<ActivityEvent> inWindow(List<ActivityEvent> events, Instant from, Instant to) {
        return events.isEmpty() ? events : OrderedEvents.window(events, from, to, Integer.MAX_VALUE);
    }

    /** {@code Duration.between(from, to).toSeconds()} without the duration: whole seconds, rounded down. */
    static long wholeSecondsBetween(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        return to.getNano() < from.getNano() ? seconds - 1 : seconds;
    }

    /** The latest occurrence of each pattern whose second step falls on or after {@code since}. */
    private List<Committee.PatternMatch> patterns(List<RoleEvent> ordered, Instant since) {
        List<Committee.PatternMatch> out = new ArrayList<>();
        for (Matcher p : patterns) {
            Committee.PatternMatch found = null;
            Instant lastFirst = null;
            for (RoleEvent re : ordered) {
                Instant at = re.event().occurredAt();
                if (lastFirst != null && !at.isBefore(since) && p.second(re)
                        && !at.isAfter(lastFirst.plusSeconds(p.windowSeconds()))) {
                    found = new Committee.PatternMatch(p.pattern().name(), lastFirst, at);
                }
                if (p.first(re)) {
                    lastFirst = at;
                }
            }
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }
}
