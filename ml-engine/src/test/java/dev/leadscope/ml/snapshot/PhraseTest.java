package dev.leadscope.ml.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Skipping texts without any of a phrase's words never changes what its pattern finds. */
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
            for (String alternative : p.pattern().pattern().split("\\|")) {
                pieces.add(alternative.replace("\\b", "").replaceAll("\\(\\?<!might \\)", "")
                        .replaceAll("[()?\\[\\]]", "").replace("-", " "));
            }
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
    void givenATextWithNoneOfTheWords_whenSearched_thenNothingIsFound() {
        assertThat(NoteCues.POSITIVE.count("had a nice chat about the weather")).isZero();
        assertThat(NoteCues.POSITIVE.count("budget approved, we need a pilot")).isEqualTo(2);
        assertThat(NoteCues.HEDGED.count("budget approved, we need a pilot")).isEqualTo(1);
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
