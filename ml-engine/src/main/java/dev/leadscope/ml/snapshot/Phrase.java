package dev.leadscope.ml.snapshot;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern looked for in lower-cased note text, with words of which every match contains at least one: a text
 * with none of them is not searched (plain substring searches are much cheaper than the pattern's alternatives
 * tried at every position). The words must be chosen so that this never changes a result; a test checks it.
 *
 * @param pattern the pattern
 * @param words   lower-case substrings, one of which is in every match of the pattern
 */
record Phrase(Pattern pattern, List<String> words) {
    Phrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one word its matches contain: " + pattern);
        }
    }

    static Phrase of(String regex, String... words) {
        return new Phrase(Pattern.compile(regex), List.of(words));
    }

    /** True when the text may hold a match (it contains one of the words). */
    boolean mayMatch(String lower) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the pattern is found in the text. */
    boolean foundIn(String lower) {
        return mayMatch(lower) && pattern.matcher(lower).find();
    }

    /** How many times the pattern is found in the text (matches do not overlap). */
    int count(String lower) {
        if (!mayMatch(lower)) {
            return 0;
        }
        int n = 0;
        var m = pattern.matcher(lower);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
