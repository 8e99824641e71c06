package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.note.Note;
import java.time.Instant;
import java.util.List;

/**
 * Reads the polarity of the buying cues in reps' notes (budget, authority, need, timeline): positive ("budget
 * approved", "decision by end of quarter"), negative ("no budget this year", "just researching") or hedged
 * ("might", "maybe next quarter"). A plain "budget" says little; its polarity says where the deal stands.
 */
final class NoteCues {
    // the leads: "is the decision maker" has its first word 7 characters in, "who owns the budget" 14
    static final Phrase POSITIVE = Phrase.of("budget approved|(?<!might )have budget|budget set aside|budget is not an issue"
            + "|signed off|will sign off|is the decision maker|sponsor confirmed|\\bwe need\\b|must have|\\bneed an? "
            + "|main pain|decision by|go live|signature expected|ready to (buy|sign)|verbal (yes|commit)",
            7, "budget", "signed off", "sign off", "decision", "sponsor", "need", "must have", "main pain", "go live",
            "signature", "ready to", "verbal");
    static final Phrase NEGATIVE = Phrase.of("no budget|budget frozen|(don't|do not|doesn't) have budget"
            + "|not the decision maker|who owns the budget|no say|fine for now|no hard requirement|(don't|do not) need"
            + "|just researching|not before next year|no timeline|early days|just looking|not interested|not a fit",
            14, "budget", "decision", "no say", "fine for now", "requirement", "need", "just ", "not before", "no timeline",
            "early days", "not interested", "not a fit");
    static final Phrase HEDGED = Phrase.of("\\bmight\\b|\\bmaybe\\b|not confirmed|\\bprobably\\b|\\bunclear\\b"
            + "|not urgent|\\bpilot\\b|\\bcomparing\\b|not sure|loop in",
            "might", "maybe", "not confirmed", "probably", "unclear", "not urgent", "pilot", "comparing", "not sure", "loop in");

    /** Counts of positive, negative and hedged cues in the notes written in the {@code days} before t. */
    record Tally(int notes, int positive, int negative, int hedged, double lastNet) {
    }

    private NoteCues() {
    }

    /** The positive, negative and hedged cues of one note's lower-cased text; its net polarity is the first minus the second. */
    static int[] cues(String lower) {
        return new int[] {POSITIVE.count(lower), NEGATIVE.count(lower), HEDGED.count(lower)};
    }

    /**
     * Sums the cues of the notes written in the {@code days} before t, over every member's notes; the last net is
     * that of the latest note before t (the first of equally late ones), whatever its age.
     */
    static Tally tally(List<NoteFacts> notesOfMembers, Instant t, double days) {
        int notes = 0;
        int pos = 0;
        int neg = 0;
        int hedge = 0;
        Instant lastAt = null;
        NoteFacts lastOf = null;
        int lastIndex = -1;
        for (NoteFacts member : notesOfMembers) {
            List<Note> list = member.notes();
            for (int i = 0; i < list.size(); i++) {
                Instant written = list.get(i).writtenAt();
                if (!written.isBefore(t)) {
                    break;
                }
                if (lastAt == null || written.isAfter(lastAt)) {
                    lastAt = written;
                    lastOf = member;
                    lastIndex = i;
                }
                if (Cells.days(written, t) >= days) {
                    continue;
                }
                int[] c = member.cues(i);
                notes++;
                pos += c[0];
                neg += c[1];
                hedge += c[2];
            }
        }
        double lastNet = lastOf == null ? Double.NaN : lastOf.cues(lastIndex)[0] - lastOf.cues(lastIndex)[1];
        return new Tally(notes, pos, neg, hedge, lastNet);
    }
}
