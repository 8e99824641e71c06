package dev.leadscope.domain.lead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns title tokens into terms: what each known word or phrase says about rank, function or the kind of job.
 * Phrases are matched longest first; an unknown word is tried as a German or Dutch compound ("Vertriebsleiter" =
 * "Vertrieb" + "Leiter"); other unknown words are skipped. The tables come from {@link TitleVocabulary} and are
 * checked once, when the class loads: a malformed rule or a word defined twice fails loudly.
 */
final class TitleLexicon {
    /** What a term tells the policy. */
    enum Kind {
        /** A C-suite title whose area decides the role: CEO, CFO, CTO, CMO. */
        CXO,
        /** Owns or runs the whole company: founder, owner, president, managing director, chair. */
        OWNER,
        /** A partner of a firm: C-level when nothing else in the title gives a rank. */
        PARTNER,
        /** Sits on a board without running the company. */
        BOARD,
        /** "Chief" followed by a function, read like a C-suite title unless a job noun follows. */
        CHIEF,
        /** A management rank: VP, director, head, manager. */
        RANK,
        /** "Lead": a manager, unless it qualifies a job noun ("Lead Engineer"). */
        LEAD,
        /** An individual contributor's job noun: engineer, analyst, buyer. */
        JOB,
        /** A job noun that "Chief" may still be read with: officer, executive. */
        OFFICER,
        /** Assistant: lowers the rank that follows, or else makes the title an assistant's. */
        ASSISTANT,
        /** Associate: lowers the rank that follows, or else is a job noun. */
        ASSOCIATE,
        /** Secretary, PA, EA: the title is an assistant's, whoever they assist. */
        SECRETARY,
        /** A business function or field: finance, IT, marketing. */
        FUNCTION,
        /** Deputy, vice, adjoint, stellvertretender: a C-level title drops to VP. */
        DEPUTY,
        /** Ends the title proper: "to" (assistant to the CEO), "at" and "@" (the company follows). */
        STOP,
        /** The person is not in a job: retired, former, unemployed. */
        RETIRED,
        /** A student: unknown unless the title also names a job. */
        STUDENT
    }

    /**
     * The business area a term points to; it decides the committee role. OPS is revenue operations (RevOps,
     * marketing automation, CRM); plain OPERATIONS counts as OPS next to a business word ("Sales Operations") and
     * as BUSINESS on its own ("Director of Operations").
     */
    enum Area { NONE, EXEC, FINANCE, TECH, OPS, OPERATIONS, BUSINESS }

    /** One meaning: a kind, and where it applies, a level and an area. */
    record Term(Kind kind, Seniority level, Area area) {
    }

    private record Phrase(String[] words, Term term) {
    }

    private static final Map<String, Term> WORDS = new HashMap<>();
    private static final Map<String, Phrase[]> PHRASES = new HashMap<>();
    private static final Map<String, Term> SUFFIXES = new HashMap<>();
    private static final String[] SUFFIX_ORDER;

    static {
        Map<String, List<Phrase>> phrases = new HashMap<>();
        for (String table : TitleVocabulary.TABLES) {
            parse(table, (variant, term) -> {
                String[] words = variant.split(" ");
                if (words.length == 1) {
                    putOnce(WORDS, variant, term);
                } else {
                    List<Phrase> list = phrases.computeIfAbsent(words[0], k -> new ArrayList<>());
                    if (list.stream().anyMatch(p -> Arrays.equals(p.words(), words))) {
                        throw new IllegalStateException("title phrase defined twice: " + variant);
                    }
                    list.add(new Phrase(words, term));
                }
            });
        }
        phrases.forEach((first, list) -> PHRASES.put(first, list.stream()
                .sorted(Comparator.comparingInt((Phrase p) -> p.words().length).reversed()).toArray(Phrase[]::new)));
        parse(TitleVocabulary.SUFFIXES, (suffix, term) -> putOnce(SUFFIXES, suffix, term));
        SUFFIX_ORDER = SUFFIXES.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
    }

    private TitleLexicon() {
    }

    /** The terms the tokens hold, in title order; unknown words are left out. */
    static List<Term> read(List<String> tokens) {
        List<Term> terms = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int used = matchPhrase(tokens, i, terms);
            if (used > 0) {
                i += used;
                continue;
            }
            String token = tokens.get(i);
            Term term = WORDS.get(token);
            if (term != null) {
                terms.add(term);
            } else {
                splitCompound(token, terms);
            }
            i++;
        }
        return terms;
    }

    private static int matchPhrase(List<String> tokens, int at, List<Term> out) {
        Phrase[] candidates = PHRASES.get(tokens.get(at));
        if (candidates == null) {
            return 0;
        }
        for (Phrase phrase : candidates) {
            String[] words = phrase.words();
            if (at + words.length > tokens.size()) {
                continue;
            }
            int k = 1;
            while (k < words.length && words[k].equals(tokens.get(at + k))) {
                k++;
            }
            if (k == words.length) {
                out.add(phrase.term());
                return words.length;
            }
        }
        return 0;
    }

    /** Reads "vertriebsleiter" as the function "vertrieb" and the rank "leiter"; the prefix may be unknown. */
    private static void splitCompound(String token, List<Term> out) {
        for (String suffix : SUFFIX_ORDER) {
            if (token.length() >= suffix.length() + 2 && token.endsWith(suffix)) {
                Term prefix = prefixTerm(token.substring(0, token.length() - suffix.length()));
                if (prefix != null) {
                    out.add(prefix);
                }
                out.add(SUFFIXES.get(suffix));
                return;
            }
        }
    }

    private static Term prefixTerm(String prefix) {
        Term term = WORDS.get(prefix);
        if (term == null && prefix.length() > 2 && (prefix.endsWith("s") || prefix.endsWith("n"))) {
            term = WORDS.get(prefix.substring(0, prefix.length() - 1));
        }
        return term != null && term.kind() == Kind.FUNCTION ? term : null;
    }

    private interface Sink {
        void accept(String variant, Term term);
    }

    /**
     * Reads rules of the form {@code KIND[:LEVEL][:AREA] = variant, variant, ...}; a line without "=" continues
     * the rule above it, and lines starting with "#" are comments.
     */
    private static void parse(String table, Sink sink) {
        Term term = null;
        int lineNo = 0;
        for (String raw : table.split("\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String variants = line;
            int eq = line.indexOf('=');
            if (eq >= 0) {
                term = term(line.substring(0, eq).strip(), lineNo);
                variants = line.substring(eq + 1);
            } else if (term == null) {
                throw new IllegalStateException("title vocabulary line " + lineNo + " has no rule: " + line);
            }
            for (String variant : variants.split(",")) {
                String v = variant.strip();
                if (!v.isEmpty()) {
                    sink.accept(v, term);
                }
            }
        }
    }

    private static Term term(String spec, int lineNo) {
        String[] parts = spec.split(":");
        try {
            Kind kind = Kind.valueOf(parts[0]);
            Seniority level = null;
            Area area = Area.NONE;
            for (int p = 1; p < parts.length; p++) {
                if (isSeniority(parts[p])) {
                    level = Seniority.valueOf(parts[p]);
                } else {
                    area = Area.valueOf(parts[p]);
                }
            }
            if (kind == Kind.RANK && level == null) {
                throw new IllegalStateException("title vocabulary line " + lineNo + ": a RANK needs a level");
            }
            return new Term(kind, level, area);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("title vocabulary line " + lineNo + " has a bad rule: " + spec, e);
        }
    }

    private static boolean isSeniority(String name) {
        return Arrays.stream(Seniority.values()).anyMatch(s -> s.name().equals(name));
    }

    private static void putOnce(Map<String, Term> map, String key, Term term) {
        if (map.put(key, term) != null) {
            throw new IllegalStateException("title word defined twice: " + key);
        }
    }
}
