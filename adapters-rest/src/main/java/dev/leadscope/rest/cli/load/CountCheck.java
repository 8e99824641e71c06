package dev.leadscope.rest.cli.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the events the client was answered 2xx for with those the service shows in the leads' timelines: every
 * accepted event must be stored (none lost), and an event stored without a 2xx (a timeout after commit) is shown
 * apart, since the client cannot count it as accepted.
 *
 * @param expected       events answered 2xx
 * @param found          of the run's events, those the timelines hold
 * @param missing        answered 2xx but not stored: lost
 * @param unexpected     stored though not answered 2xx
 * @param missingSample  up to 10 ids of lost events
 */
public record CountCheck(long expected, long found, long missing, long unexpected, List<String> missingSample) {
    public CountCheck {
        missingSample = List.copyOf(missingSample);
    }

    /** Whether the service holds exactly the events it accepted. */
    public boolean matches() {
        return missing == 0 && unexpected == 0 && expected == found;
    }

    /** Compares the ids the client saw accepted with the run's ids found stored. */
    public static CountCheck of(Collection<String> accepted, Collection<String> stored) {
        Set<String> storedSet = new HashSet<>(stored);
        Set<String> acceptedSet = new HashSet<>(accepted);
        long missing = 0;
        List<String> sample = new ArrayList<>();
        for (String id : acceptedSet) {
            if (!storedSet.contains(id)) {
                missing++;
                if (sample.size() < 10) {
                    sample.add(id);
                }
            }
        }
        long unexpected = storedSet.stream().filter(id -> !acceptedSet.contains(id)).count();
        return new CountCheck(acceptedSet.size(), storedSet.size(), missing, unexpected, sample);
    }
}
