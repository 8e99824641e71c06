package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.note.Note;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the polarity of the buying cues in reps' notes (budget, authority, need, timeline): positive ("budget
 * approved", "decision by end of quarter"), negative ("no budget this year", "just researching") or hedged
 * ("might", "maybe next quarter"). A plain "budget" says little; its polarity says where the deal stands.
 */
final class NoteCues {
    static final Pattern POSITIVE = Pattern.compile("budget approved|(?<!might )have budget|budget set aside|budget is not an issue"
            + "|signed off|will sign off|is the decision maker|sponsor confirmed|\\bwe need\\b|must have|\\bneed an? "
            + "|main pain|decision by|go live|signature expected|ready to (buy|sign)|verbal (yes|commit)");
    static final Pattern NEGATIVE = Pattern.compile("no budget|budget frozen|(don't|do not|doesn't) have budget"
            + "|not the decision maker|who owns the budget|no say|fine for now|no hard requirement|(don't|do not) need"
            + "|just researching|not before next year|no timeline|early days|just looking|not interested|not a fit");
    static final Pattern HEDGED = Pattern.compile("\\bmight\\b|\\bmaybe\\b|not confirmed|\\bprobably\\b|\\bunclear\\b"
            + "|not urgent|\\bpilot\\b|\\bcomparing\\b|not sure|loop in");

    /** Counts of positive, negative and hedged cues in the notes written in the {@code days} before t. */
    record Tally(int notes, int positive, int negative, int hedged, double lastNet) {
    }

    private NoteCues() {
    }

    /** The net polarity of one note: positive minus negative cues. */
    static int net(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return count(POSITIVE, lower) - count(NEGATIVE, lower);
    }

    static Tally tally(List<List<Note>> notesOfMembers, Instant t, double days) {
        int notes = 0;
        int pos = 0;
        int neg = 0;
        int hedge = 0;
        Note last = null;
        for (List<Note> member : notesOfMembers) {
            for (Note n : member) {
                if (!n.writtenAt().isBefore(t)) {
                    break;
                }
                if (last == null || n.writtenAt().isAfter(last.writtenAt())) {
                    last = n;
                }
                if (Cells.days(n.writtenAt(), t) >= days) {
                    continue;
                }
                String lower = n.text().toLowerCase(Locale.ROOT);
                notes++;
                pos += count(POSITIVE, lower);
                neg += count(NEGATIVE, lower);
                hedge += count(HEDGED, lower);
            }
        }
        double lastNet = last == null ? Double.NaN : net(last.text());
        return new Tally(notes, pos, neg, hedge, lastNet);
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        var m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
