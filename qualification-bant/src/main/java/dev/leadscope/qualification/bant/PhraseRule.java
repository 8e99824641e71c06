package dev.leadscope.qualification.bant;

import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One phrase rule: when {@code pattern} occurs in a clause, it says {@code status} about {@code criterion}, or
 * {@code whenNegated} when a negation governs it. A null status claims the words without deciding anything
 * ("need to" in "need to check with her boss" is not a product need).
 */
public record PhraseRule(BantCriterion criterion, BantStatus status, BantStatus whenNegated, String pattern,
                         List<Element> elements) {

    /** At most this many words of anything fill a {@code *} gap. */
    public static final int MAX_GAP = 3;

    /** At most this many words of anything fill a {@code **} gap. */
    public static final int MAX_LONG_GAP = 6;

    /** Words that count as numbers besides digits ("in six months", "in a few weeks"). */
    public static final Set<String> NUMBER_WORDS = Set.of("a", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "few", "couple");

    /** One element of a compiled pattern. */
    public sealed interface Element permits Word, Gap, Number {
    }

    /** Any one of these words. */
    public record Word(Set<String> alternatives) implements Element {
        public Word {
            alternatives = Set.copyOf(alternatives);
        }
    }

    /** Up to {@code max} words of anything. */
    public record Gap(int max) implements Element {
    }

    /** A number in digits or words ({@link #NUMBER_WORDS}). */
    public record Number() implements Element {
    }

    public PhraseRule {
        Objects.requireNonNull(criterion, "criterion");
        if (status == BantStatus.UNKNOWN || whenNegated == BantStatus.UNKNOWN) {
            throw new IllegalArgumentException("a phrase rule cannot conclude unknown: " + pattern);
        }
        if (status == null && whenNegated != null) {
            throw new IllegalArgumentException("an ignore rule cannot have a negated status: " + pattern);
        }
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !(elements.get(0) instanceof Word) || !(elements.get(elements.size() - 1) instanceof Word)) {
            throw new IllegalArgumentException("a pattern must start and end with a word: '" + pattern + "'");
        }
    }

    /** Compiles {@code pattern}: words, {@code a|b} alternatives, {@code *} (up to three words) and {@code **} (up to six) gaps, and {@code <n>} numbers. */
    public static PhraseRule of(BantCriterion criterion, BantStatus status, BantStatus whenNegated, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("pattern must not be blank");
        }
        List<Element> elements = new ArrayList<>();
        for (String part : pattern.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (part.equals("*")) {
                elements.add(new Gap(MAX_GAP));
            } else if (part.equals("**")) {
                elements.add(new Gap(MAX_LONG_GAP));
            } else if (part.equals("<n>")) {
                elements.add(new Number());
            } else if (part.matches("[a-z0-9]+(\\|[a-z0-9]+)*")) {
                elements.add(new Word(Set.of(part.split("\\|"))));
            } else {
                throw new IllegalArgumentException("pattern words must be letters or digits, a|b, *, ** or <n>: '" + part + "'");
            }
        }
        return new PhraseRule(criterion, status, whenNegated, pattern.strip(), elements);
    }

    /** Whether a match of this rule decides nothing. */
    public boolean ignores() {
        return status == null;
    }

    /** How many fixed words (or numbers) the pattern has: more is more specific. */
    public int fixedWords() {
        return (int) elements.stream().filter(e -> !(e instanceof Gap)).count();
    }

    /**
     * Where the pattern matches {@code tokens} starting at {@code start}: the end (exclusive) of the shortest
     * match, or -1. {@code literal[i]} is set for tokens matched by words or numbers.
     */
    int matchAt(List<String> tokens, int start, boolean[] literal) {
        return match(tokens, start, 0, literal);
    }

    private int match(List<String> tokens, int pos, int k, boolean[] literal) {
        if (k == elements.size()) {
            return pos;
        }
        Element e = elements.get(k);
        if (e instanceof Gap gap) {
            for (int skip = 0; skip <= gap.max() && pos + skip <= tokens.size(); skip++) {
                int end = match(tokens, pos + skip, k + 1, literal);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (pos >= tokens.size()) {
            return -1;
        }
        String token = tokens.get(pos);
        boolean hit = e instanceof Word w ? w.alternatives().contains(token)
                : token.chars().allMatch(Character::isDigit) || NUMBER_WORDS.contains(token);
        if (!hit) {
            return -1;
        }
        int end = match(tokens, pos + 1, k + 1, literal);
        if (end >= 0 && literal != null) {
            literal[pos] = true;
        }
        return end;
    }
}
