package dev.leadscope.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleVocabularyTest {
    @Test
    void givenEveryVocabularyWord_whenTokenized_thenItIsAlreadyInFoldedForm() {
        List<String> variants = new ArrayList<>();
        for (String table : TitleVocabulary.TABLES) {
            variants.addAll(variantsOf(table));
        }
        variants.addAll(variantsOf(TitleVocabulary.SUFFIXES));

        assertThat(variants).hasSizeGreaterThan(600);
        for (String variant : variants) {
            if (!variant.equals(TitleTokenizer.AT)) {
                assertThat(String.join(" ", TitleTokenizer.tokens(variant))).as("vocabulary entry [%s]", variant)
                        .isEqualTo(variant);
            }
        }
    }

    @Test
    void givenTheVocabulary_whenLoaded_thenKnownWordsAndCompoundsAreRead() {
        assertThat(TitleLexicon.read(List.of("vice", "president")))
                .extracting(TitleLexicon.Term::level).containsExactly(Seniority.VP);
        assertThat(TitleLexicon.read(List.of("einkaufsleiter"))).extracting(TitleLexicon.Term::kind)
                .containsExactly(TitleLexicon.Kind.FUNCTION, TitleLexicon.Kind.RANK);
        assertThat(TitleLexicon.read(List.of("zzz", "qqq"))).isEmpty();
    }

    private static List<String> variantsOf(String table) {
        List<String> out = new ArrayList<>();
        for (String line : table.split("\n")) {
            String body = line.strip();
            if (body.isEmpty() || body.startsWith("#")) {
                continue;
            }
            int eq = body.indexOf('=');
            for (String variant : body.substring(eq + 1).split(",")) {
                if (!variant.isBlank()) {
                    out.add(variant.strip());
                }
            }
        }
        return out;
    }
}
