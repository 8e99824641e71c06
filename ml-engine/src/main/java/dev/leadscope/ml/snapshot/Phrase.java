package dev.leadscope.ml.snapshot;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern looked for in lower-cased note text, with words of which every match contains at least one, starting at
 * most {@code lead} characters after the match starts. The pattern is tried only at the few places where a match can
 * start, just before an occurrence of a word (plain substring searches are much cheaper than the pattern's
 * alternatives tried at every position): a text with none of the words is not searched at all. The words and the
 * lead must be chosen so that this never changes a result; a test checks it.
 *
 * @param pattern the pattern
 * @param lead    the most characters from a match's start to the first of the words it contains
 * @param words   lower-case substrings, one of which is in every match of the pattern
 */
record Phrase(Pattern pattern, int lead, List<String> words) {
    Phrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one word its matches contain: " + pattern);
        }
        if (lead < 0) {
            throw new IllegalArgumentException("a phrase's lead cannot be negative: " + lead);
        }
    }

    /** A phrase whose matches all start with one of the words. */
    static Phrase of(String regex, String... words) {
        return of(regex, 0, words);
    }

    static Phrase of(String regex, int lead, String... words) {
        return new Phrase(Pattern.compile(regex), lead, List.of(words));
    }

    /** True when the text may hold a match (it contains one of the words). */
    boolean mayMatch(String lower) {
        return nextWord(lower, 0) >= 0;
    }

    /** True when the pattern is found in the text. */
    boolean foundIn(String lower) {
        return search(lower, false) > 0;
    }

    /** How many times the pattern is found in the text (matches do not overlap), as repeated {@code find()}s count. */
    int count(String lower) {
        return search(lower, true);
    }

    /**
     * The matches that successive {@code find()}s would give, found by trying the pattern only from {@code lead}
     * characters before each occurrence of a word: a match starting anywhere else would contain no word that close to
     * its start. The tries see the text around them (transparent bounds), as a search of the whole text does.
     */
    private int search(String lower, boolean all) {
        int from = 0;
        int word = nextWord(lower, 0);
        Matcher m = null;
        int n = 0;
        while (word >= 0) {
            if (m == null) {
                m = pattern.matcher(lower).useTransparentBounds(true);
            }
            int end = -1;
            int start = Math.max(from, word - lead);
            for (; start <= word; start++) {
                m.region(start, lower.length());
                if (m.lookingAt()) {
                    end = m.end();
                    break;
                }
            }
            if (end < 0) {
                from = word + 1;
            } else {
                n++;
                if (!all) {
                    return n;
                }
                // as find() does, the next search starts where this match ended (one further after an empty match)
                from = end == start ? end + 1 : end;
            }
            word = from > lower.length() ? -1 : nextWord(lower, from);
        }
        return n;
    }

    /** Where the first occurrence of any of the words at or after {@code from} starts, or -1. */
    private int nextWord(String lower, int from) {
        int first = -1;
        for (String w : words) {
            int at = lower.indexOf(w, from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
