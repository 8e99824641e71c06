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

/**
 * The features around the lead at a moment t: its account's intent surges (a week's surge is known once the week
 * has ended), what its notes say, and what the rest of the buying committee did, all strictly before t.
 */
final class Context {
    private static final int MAX_NOTES_TEXT = 20;
    static final List<Phrase> PHRASES = List.of(
            Phrase.of("\\bbudget", "budget"),
            Phrase.of("decision[- ]maker|\\bsign(s|ing)? off|\\bapprov", "decision", "sign", "approv"),
            Phrase.of("\\bgo live|\\bweeks?\\b|\\bquarter|\\bdeadline|\\btimeline", "go live", "week", "quarter", "deadline",
                    "timeline"),
            Phrase.of("\\bpric|\\bquote|\\bproposal", "pric", "quote", "proposal"),
            Phrase.of("\\bcompetitor|\\bevaluating|\\balternative", "competitor", "evaluating", "alternative"),
            Phrase.of("not interested|no budget|\\bunsubscribe|not a fit|\\bno need", "not interested", "no budget",
                    "unsubscribe", "not a fit", "no need"));

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
    static double[] intentOf(List<IntentSignal> signals, Instant t, IntentWeekRule rule) {
        long known = LocalDate.ofInstant(t, ZoneOffset.UTC).toEpochDay();
        Weeks weeks = new Weeks(known);
        Set<String> hot = new HashSet<>();
        // signals come by week (as a history keeps them), each week's together: read from the latest known week back
        // to the first one too old to count (all the figures are maxima, and sums and means of whole numbers)
        long latestKnown = Long.MIN_VALUE;
        for (int i = signals.size() - 1; i >= 0; i--) {
            IntentSignal s = signals.get(i);
            long week = s.weekStart().toEpochDay();
            // the week's surge is reported when the week is over
            if (!rule.known(week, t)) {
                continue;
            }
            if (latestKnown == Long.MIN_VALUE) {
                latestKnown = week;
            } else if (week != latestKnown && known - (week + 7) >= 84) {
                break;
            }
            weeks.add(week, s.score());
            if (s.score() >= 70 && rule.within(week, t, 28, 7)) {
                hot.add(s.topic());
            }
        }
        weeks.close();
        return new double[] {weeks.max4, weeks.max12,
                weeks.recentN == 0 || weeks.priorN == 0 ? Double.NaN : weeks.recent / weeks.recentN - weeks.prior / weeks.priorN,
                hot.size(), weeks.latestMean, weeks.latestAge};
    }

    /** The weekly maxima and means of intent, folded week by week, latest first. */
    private static final class Weeks {
        private final long known;
        private long week = Long.MIN_VALUE;
        private int max;
        private double sum;
        private double count;
        double max4 = Double.NaN;
        double max12 = Double.NaN;
        double recent;
        int recentN;
        double prior;
        int priorN;
        double latestMean = Double.NaN;
        double latestAge = Double.NaN;

        Weeks(long known) {
            this.known = known;
        }

        void add(long weekStart, int score) {
            if (weekStart != week) {
                close();
                week = weekStart;
                max = score;
                sum = 0;
                count = 0;
            } else {
                max = Math.max(max, score);
            }
            sum += score;
            count++;
        }

        /** Folds the current week in. */
        void close() {
            if (week == Long.MIN_VALUE) {
                return;
            }
            long ageDays = known - (week + 7);
            int v = max;
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
            if (Double.isNaN(latestMean)) {
                latestMean = sum / count;
                latestAge = ageDays;
            }
            week = Long.MIN_VALUE;
        }
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
            out[i] = PHRASES.get(i).foundIn(lower) ? 1 : 0;
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
        int roles = 0;
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
                    roles |= 1 << c.lead().committeeRole().ordinal();
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
        cells.put("team.roles_engaged_30d", Integer.bitCount(roles));
        cells.put("team.senior_active_30d", seniorActive);
        cells.put("team.decayed", decayed);
        cells.put("team.won_before", won);
        cells.put("team.lost_before", lost);
    }
}
