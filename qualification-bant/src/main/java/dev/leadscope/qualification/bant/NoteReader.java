package dev.leadscope.qualification.bant;

import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads BANT statements from free text with a {@link PhraseLexicon}, minding negation ("no budget", "not the
 * decision maker", "budget is not an issue") and hedging ("might need SSO", "maybe next year").
 *
 * <p>Text is cut into sentences (questions are skipped: they ask, they do not tell) and sentences into clauses at
 * commas and "but"; a hedge or a negation acts only inside its clause. Thread-safe.
 */
public final class NoteReader {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+[.!?;\\n]*");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "however", "although", "though", "whereas");
    private static final Set<String> NEGATORS = Set.of("no", "not", "never", "without", "none", "nobody", "nothing",
            "neither", "nor", "lack", "lacks", "lacking", "doubt", "doubtful", "unlikely");
    private static final Set<String> HEDGES = Set.of("might", "maybe", "perhaps", "possibly", "probably", "could",
            "unclear", "unsure", "hopefully", "potentially", "tentatively", "if", "tbd", "likely");
    private static final Set<String> BEFORE_MONTH_MAY = Set.of("by", "in", "until", "till", "before", "of", "mid", "early", "late");
    private static final Set<String> HEDGED_BY_NOT = Set.of("sure", "certain", "clear");
    private static final int NEGATION_WINDOW = 3;

    private final PhraseLexicon lexicon;

    public NoteReader(PhraseLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** One BANT statement found in a text. */
    public record Finding(BantCriterion criterion, BantStatus status, String phrase, String sentence, int sentenceIndex,
                          int specificity, boolean negated, boolean hedged) {
    }

    /** Every statement in {@code text}, in reading order. */
    public List<Finding> read(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null) {
            return findings;
        }
        Matcher m = SENTENCE.matcher(text);
        int index = 0;
        while (m.find()) {
            String sentence = m.group().strip();
            if (sentence.isEmpty()) {
                continue;
            }
            if (!sentence.endsWith("?")) {
                for (List<String> clause : clauses(sentence)) {
                    readClause(clause, sentence, index, findings);
                }
            }
            index++;
        }
        return findings;
    }

    /**
     * The verdict of {@code text} on each criterion it speaks about: the last sentence that speaks about it
     * decides, and within a sentence the most specific phrase (the later one on a tie).
     */
    public Map<BantCriterion, Finding> verdicts(String text) {
        Map<BantCriterion, Finding> out = new EnumMap<>(BantCriterion.class);
        for (Finding f : read(text)) {
            Finding held = out.get(f.criterion());
            if (held == null || f.sentenceIndex() > held.sentenceIndex() || f.specificity() >= held.specificity()) {
                out.put(f.criterion(), f);
            }
        }
        return out;
    }

    /** The lower-cased words of {@code sentence} split into clauses, contractions opened and hyphens removed. */
    static List<List<String>> clauses(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replace("can't", "can not").replace("won't", "will not").replace("cannot", "can not")
                .replace("n't", " not").replace("'re", " are").replace("'m", " am").replace("'ll", " will")
                .replace("'ve", " have").replace("'s", "").replace("'d", " would");
        List<List<String>> clauses = new ArrayList<>();
        for (String part : s.split("[,:()\\u2014]|\\s-\\s")) {
            List<String> clause = new ArrayList<>();
            for (String token : NON_WORD.split(part)) {
                if (token.isEmpty()) {
                    continue;
                }
                if (CLAUSE_BREAKS.contains(token)) {
                    if (!clause.isEmpty()) {
                        clauses.add(clause);
                    }
                    clause = new ArrayList<>();
                } else {
                    clause.add(token);
                }
            }
            if (!clause.isEmpty()) {
                clauses.add(clause);
            }
        }
        return clauses;
    }

    private record Match(PhraseRule rule, int start, int end, boolean[] literal) {
    }

    private void readClause(List<String> tokens, String sentence, int index, List<Finding> findings) {
        List<Match> candidates = new ArrayList<>();
        for (PhraseRule rule : lexicon.rules()) {
            for (int i = 0; i < tokens.size(); i++) {
                boolean[] literal = new boolean[tokens.size()];
                int end = rule.matchAt(tokens, i, literal);
                if (end > i) {
                    candidates.add(new Match(rule, i, end, literal));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Match c) -> -c.rule().fixedWords())
                .thenComparingInt(c -> -(c.end() - c.start())).thenComparingInt(Match::start));
        boolean[] taken = new boolean[tokens.size()];
        List<Match> chosen = new ArrayList<>();
        for (Match c : candidates) {
            boolean free = true;
            for (int i = c.start(); i < c.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        boolean[] hedgeWords = new boolean[tokens.size()];
        boolean hedged = hedges(tokens, hedgeWords);
        for (Match c : chosen) {
            if (c.rule().ignores()) {
                continue;
            }
            boolean negated = c.rule().whenNegated() != null && negated(tokens, c, hedgeWords);
            BantStatus status = negated ? c.rule().whenNegated() : c.rule().status();
            if (hedged && status != BantStatus.PARTLY) {
                status = BantStatus.PARTLY;
            }
            String phrase = String.join(" ", tokens.subList(c.start(), c.end()));
            findings.add(new Finding(c.rule().criterion(), status, phrase, sentence, index, c.rule().fixedWords(), negated, hedged));
        }
    }

    private static boolean negated(List<String> tokens, Match c, boolean[] hedgeWords) {
        for (int i = Math.max(0, c.start() - NEGATION_WINDOW); i < c.end(); i++) {
            boolean inPhrase = i >= c.start();
            if (NEGATORS.contains(tokens.get(i)) && !hedgeWords[i] && !(inPhrase && c.literal()[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause hedges; marks the words of hedges such as "not sure" so they do not count as negations. */
    private static boolean hedges(List<String> tokens, boolean[] hedgeWords) {
        boolean hedged = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            String prev = i > 0 ? tokens.get(i - 1) : "";
            if (t.equals("not") && HEDGED_BY_NOT.contains(next)) {
                hedgeWords[i] = true;
                hedgeWords[i + 1] = true;
                hedged = true;
            } else if ((t.equals("depends") || t.equals("depending")) && next.equals("on")) {
                hedged = true;
            } else if (t.equals("may")) {
                hedged |= !BEFORE_MONTH_MAY.contains(prev);
            } else if (t.equals("could")) {
                hedged |= !next.equals("not");
            } else if (HEDGES.contains(t)) {
                hedged = true;
            }
        }
        return hedged;
    }
}
