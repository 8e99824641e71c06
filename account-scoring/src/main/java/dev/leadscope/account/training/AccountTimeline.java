package dev.leadscope.account.training;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One account's stored history, read once: its members, their events and score histories (oldest first), when it
 * first won and when it first reached any outcome. Answers what was known at a moment without looking past it.
 */
record AccountTimeline(AccountId account, List<Lead> members, Map<LeadId, List<ActivityEvent>> events,
                       Map<LeadId, List<LeadScore>> scores, Instant wonAt, Instant closedAt) {

    AccountTimeline {
        Objects.requireNonNull(account, "account");
        members = List.copyOf(members);
        events = Map.copyOf(events);
        scores = Map.copyOf(scores);
    }

    /** Whether the account had a member by {@code t} and no outcome before it: a snapshot at {@code t} is open. */
    boolean openAt(Instant t) {
        return (closedAt == null || closedAt.isAfter(t)) && members.stream().anyMatch(m -> !m.createdAt().isAfter(t));
    }

    /** Whether the account won in {@code (t, t + horizon]}. */
    boolean wonWithin(Instant t, Instant end) {
        return wonAt != null && wonAt.isAfter(t) && !wonAt.isAfter(end);
    }

    List<Lead> membersAt(Instant t) {
        return members.stream().filter(m -> !m.createdAt().isAfter(t)).toList();
    }

    /** Each member's latest probability scored strictly before {@code t}; members without one are left out. */
    Map<LeadId, Double> probabilitiesBefore(Instant t) {
        Map<LeadId, Double> out = new HashMap<>();
        scores.forEach((lead, history) -> {
            LeadScore known = null;
            for (LeadScore s : history) {
                if (!s.scoredAt().isBefore(t)) {
                    break;
                }
                known = s;
            }
            if (known != null) {
                out.put(lead, known.probability().value());
            }
        });
        return out;
    }

    /** The latest event or outcome time, or null when there is none. */
    Instant lastSeen() {
        Instant last = closedAt;
        for (List<ActivityEvent> list : events.values()) {
            if (!list.isEmpty()) {
                Instant at = list.get(list.size() - 1).occurredAt();
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
        return last;
    }

    Instant firstMemberCreated() {
        return members.stream().map(Lead::createdAt).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Sorts a score history newest-first (as the store gives it) into oldest-first. */
    static List<LeadScore> oldestFirst(List<LeadScore> newestFirst) {
        List<LeadScore> out = new ArrayList<>(newestFirst);
        out.sort(Comparator.comparing(LeadScore::scoredAt));
        return out;
    }
}
