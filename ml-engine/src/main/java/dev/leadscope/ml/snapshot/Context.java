package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Seniority;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.outcome.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The features around the lead at a moment t: its account's intent surges (a week's surge is known once the week
 * has ended), what its notes say, and what the rest of the buying committee did, all strictly before t.
 */
final class Context {
    private static final int MAX_NOTES_TEXT = 20;
    private static final List<Pattern> PHRASES = List.of(
            Pattern.compile("\\bbudget"),
            Pattern.compile("decision[- ]maker|\\bsign(s|ing)? off|\\bapprov"),
            Pattern.compile("\\bgo live|\\bweeks?\\b|\\bquarter|\\bdeadline|\\btimeline"),
            Pattern.compile("\\bpric|\\bquote|\\bproposal"),
            Pattern.compile("\\bcompetitor|\\bevaluating|\\balternative"),
            Pattern.compile("not interested|no budget|\\bunsubscribe|not a fit|\\bno need"));

    static final List<String> INTENT = List.of("intent.max_4w", "intent.max_12w", "intent.trend", "intent.hot_topics_4w",
            "intent.latest_mean", "intent.latest_age_days");
    private static final String[] SAYS = SnapshotColumns.PHRASES.stream().map(p -> "notes.says_" + p).toArray(String[]::new);

    private Context() {
    }

    /** Writes the intent columns from {@link #intentOf}. */
    static void intent(Cells cells, double[] intent) {
        for (int i = 0; i < INTENT.size(); i++) {
            cells.put(INTENT.get(i), intent[i]);
        }
    }

    /** The intent columns' values ({@link #INTENT} order) of an account's surges at t: the same for all its leads. */
    static double[] intentOf(List<IntentSignal> signals, Instant t) {
        LocalDate known = LocalDate.ofInstant(t, ZoneOffset.UTC);
        TreeMap<LocalDate, Integer> weekMax = new TreeMap<>();
        TreeMap<LocalDate, double[]> weekMean = new TreeMap<>();
        Set<String> hot = new HashSet<>();
        LocalDate hotSince = known.minusDays(35);
        for (IntentSignal s : signals) {
            // the week's surge is reported when the week is over, and is known only strictly after that
            long weekOver = (s.weekStart().toEpochDay() + 7) * 86_400L;
            if (!(weekOver < t.getEpochSecond() || weekOver == t.getEpochSecond() && t.getNano() > 0)) {
                continue;
            }
            weekMax.merge(s.weekStart(), s.score(), Math::max);
            double[] sum = weekMean.computeIfAbsent(s.weekStart(), k -> new double[2]);
            sum[0] += s.score();
            sum[1]++;
            if (s.score() >= 70 && !s.weekStart().isBefore(hotSince)) {
                hot.add(s.topic());
            }
        }
        double max4 = Double.NaN;
        double max12 = Double.NaN;
        double recent = 0;
        int recentN = 0;
        double prior = 0;
        int priorN = 0;
        for (var e : weekMax.entrySet()) {
            long ageDays = known.toEpochDay() - e.getKey().plusDays(7).toEpochDay();
            int v = e.getValue();
            if (ageDays < 28) {
                max4 = Double.isNaN(max4) ? v : Math.max(max4, v);
                recent += v;
                recentN++;
            } else if (ageDays < 84) {
                prior += v;
                priorN++;
            }
            if (ageDays < 84) {
                max12 = Double.isNaN(max12) ? v : Math.max(max12, v);
            }
        }
        var latest = weekMean.lastEntry();
        return new double[] {max4, max12, recentN == 0 || priorN == 0 ? Double.NaN : recent / recentN - prior / priorN,
                hot.size(), latest == null ? Double.NaN : latest.getValue()[0] / latest.getValue()[1],
                latest == null ? Double.NaN : known.toEpochDay() - latest.getKey().plusDays(7).toEpochDay()};
    }

    static void notes(Cells cells, NoteFacts facts, Instant t) {
        List<Note> notes = facts.notes();
        int count = 0;
        int[] says = new int[PHRASES.size()];
        Instant last = null;
        StringBuilder text = new StringBuilder();
        for (Note n : notes) {
            if (!n.writtenAt().isBefore(t)) {
                break;
            }
            int[] found = facts.says(count);
            count++;
            last = n.writtenAt();
            for (int i = 0; i < PHRASES.size(); i++) {
                says[i] += found[i];
            }
        }
        int from = Math.max(0, count - MAX_NOTES_TEXT);
        for (int i = from; i < count; i++) {
            text.append(notes.get(i).text()).append('\n');
        }
        cells.put("notes.count", count);
        cells.put("notes.recency_days", last == null ? Double.NaN : Cells.days(last, t));
        for (int i = 0; i < PHRASES.size(); i++) {
            cells.put(SAYS[i], says[i]);
        }
        cells.put("notes.text", count == 0 ? null : text.toString());
    }

    /** For each phrase, 1 when the lower-cased note text mentions it, else 0. */
    static int[] says(String lower) {
        int[] out = new int[PHRASES.size()];
        for (int i = 0; i < PHRASES.size(); i++) {
            out[i] = PHRASES.get(i).matcher(lower).find() ? 1 : 0;
        }
        return out;
    }

    static void team(Cells cells, List<LeadHistory.Colleague> colleagues, Instant t, SharedParts shared) {
        int members = 0;
        int active = 0;
        int seniorActive = 0;
        int won = 0;
        int lost = 0;
        int events30 = 0;
        int events90 = 0;
        double recency = Double.NaN;
        double decayed = 0;
        Set<CommitteeRole> roles = new HashSet<>();
        for (LeadHistory.Colleague c : colleagues) {
            if (!c.lead().createdAt().isBefore(t)) {
                continue;
            }
            members++;
            MemberActivity own = shared.activity(c.events());
            events30 += own.n30[0];
            events90 += own.n90[0];
            decayed += own.decayed[0];
            double age = own.lastAgeDays[0];
            if (!Double.isNaN(age) && (Double.isNaN(recency) || age < recency)) {
                recency = age;
            }
            if (own.n30[0] > 0) {
                active++;
                if (c.lead().committeeRole() != CommitteeRole.UNKNOWN) {
                    roles.add(c.lead().committeeRole());
                }
                Seniority s = c.lead().seniority();
                if (s == Seniority.C_LEVEL || s == Seniority.VP || s == Seniority.DIRECTOR) {
                    seniorActive++;
                }
            }
            for (Outcome o : c.outcomes()) {
                if (o.occurredAt().isBefore(t)) {
                    if (o.kind().converted()) {
                        won++;
                    } else {
                        lost++;
                    }
                }
            }
        }
        cells.put("team.members", members);
        cells.put("team.active_30d", active);
        cells.put("team.events_30d", events30);
        cells.put("team.events_90d", events90);
        cells.put("team.recency_days", recency);
        cells.put("team.roles_engaged_30d", roles.size());
        cells.put("team.senior_active_30d", seniorActive);
        cells.put("team.decayed", decayed);
        cells.put("team.won_before", won);
        cells.put("team.lost_before", lost);
    }
}
