package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.note.Note;
import java.util.List;
import java.util.Locale;

/**
 * What the patterns find in each note of a list, found the first time a row asks and kept: the buying signals it
 * mentions ({@link Context} phrases) and its positive, negative and hedged cues ({@link NoteCues}). Thread-safe.
 */
final class NoteFacts {
    private final List<Note> notes;
    private final String[] lower;
    private final int[][] says;
    private final int[][] cues;

    NoteFacts(List<Note> notes) {
        this.notes = notes;
        this.lower = new String[notes.size()];
        this.says = new int[notes.size()][];
        this.cues = new int[notes.size()][];
    }

    List<Note> notes() {
        return notes;
    }

    /** For each of {@link Context}'s phrases, 1 when the note at {@code i} mentions it, else 0. */
    synchronized int[] says(int i) {
        if (says[i] == null) {
            says[i] = Context.says(lower(i));
        }
        return says[i];
    }

    /** The note's positive, negative and hedged cue counts. */
    synchronized int[] cues(int i) {
        if (cues[i] == null) {
            cues[i] = NoteCues.cues(lower(i));
        }
        return cues[i];
    }

    private String lower(int i) {
        if (lower[i] == null) {
            lower[i] = notes.get(i).text().toLowerCase(Locale.ROOT);
        }
        return lower[i];
    }
}
