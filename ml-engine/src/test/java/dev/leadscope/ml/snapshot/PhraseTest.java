package dev.leadscope.ml.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Trying a phrase's pattern only just before its words never changes what it finds in a text. */
class PhraseTest {
    private static final List<Phrase> ALL = new ArrayList<>();

    static {
        ALL.addAll(Context.PHRASES);
        ALL.addAll(List.of(NoteCues.POSITIVE, NoteCues.NEGATIVE, NoteCues.HEDGED));
    }

    @Test
    void givenTextsMadeOfEveryAlternativeAndFillers_whenSearched_thenThePrefilterFindsWhatThePatternFinds() {
        List<String> pieces = new ArrayList<>(List.of("the", "team", "call", "next", "week", "weeks", "weekly", "we",
                "need", "needs", "an", "a", "might", "mighty", "maybe", "not", "no", "say", "budgets", "pricing", "x",
                "sign", "signs", "signing", "off", "decision-maker", "approved", "approval", "have", "don't", "do",
                "just", "looking", "researching", "pilots", "unclear,", "probably.", "comparing?", "live", "go"));
        for (Phrase p : ALL) {
            // every alternative of every pattern, stripped of the pattern syntax, is a piece of text too
            pieces.addAll(alternatives(p));
        }
        Random random = new Random(7);
        int matched = 0;
        for (int text = 0; text < 20_000; text++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                b.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(5) == 0 ? ", " : " ");
            }
            String lower = b.toString();
            for (Phrase p : ALL) {
                int plain = plainCount(p, lower);
                assertThat(p.count(lower)).as("%s in \"%s\"", p.pattern(), lower).isEqualTo(plain);
                assertThat(p.foundIn(lower)).isEqualTo(plain > 0);
                matched += plain > 0 ? 1 : 0;
            }
        }
        assertThat(matched).as("texts that some pattern matched").isGreaterThan(10_000);
    }

    @Test
    void givenEveryAlternativeAlone_whenMatched_thenAWordStartsWithinTheLeadOfTheMatch() {
        for (Phrase p : ALL) {
            for (String lower : alternatives(p)) {
                Matcher m = p.pattern().matcher("x " + lower + " x");
                while (m.find()) {
                    int first = Integer.MAX_VALUE;
                    for (String w : p.words()) {
                        int at = m.group().indexOf(w);
                        first = at >= 0 ? Math.min(first, at) : first;
                    }
                    assertThat(first).as("%s in \"%s\"", p.pattern(), m.group()).isLessThanOrEqualTo(p.lead());
                }
            }
        }
    }

    @Test
    void givenMatchesAfterNearMissesAndRepeats_whenCounted_thenAsManyAsTheWholeTextSearchFinds() {
        for (String lower : List.of("we might have budget but do not have budget, we have budget", "no no budget budget",
                "who owns the budget? who owns the budget", "weekly weeks week-end week", "budgetbudget budget",
                "doesn't have budget; don't need; do not need it", "is the decision maker, not the decision maker")) {
            for (Phrase p : ALL) {
                assertThat(p.count(lower)).as("%s in \"%s\"", p.pattern(), lower).isEqualTo(plainCount(p, lower));
            }
        }
    }

    @Test
    void givenATextWithNoneOfTheWords_whenSearched_thenNothingIsFound() {
        assertThat(NoteCues.POSITIVE.count("had a nice chat about the weather")).isZero();
        assertThat(NoteCues.POSITIVE.count("budget approved, we need a pilot")).isEqualTo(2);
        assertThat(NoteCues.HEDGED.count("budget approved, we need a pilot")).isEqualTo(1);
    }

    /** Every alternative of the pattern, stripped of the pattern syntax, as text. */
    private static List<String> alternatives(Phrase p) {
        List<String> out = new ArrayList<>();
        for (String alternative : p.pattern().pattern().split("\\|")) {
            out.add(alternative.replace("\\b", "").replaceAll("\\(\\?<!might \\)", "")
                    .replaceAll("[()?\\[\\]]", "").replace("-", " "));
        }
        return out;
    }

    private static int plainCount(Phrase p, String text) {
        int n = 0;
        Matcher m = p.pattern().matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
