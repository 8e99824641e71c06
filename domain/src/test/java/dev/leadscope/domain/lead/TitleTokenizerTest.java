package dev.leadscope.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleTokenizerTest {
    @Test
    void givenMixedCaseAndAccents_whenTokenized_thenWordsAreFoldedToLowerCaseAscii() {
        assertThat(TitleTokenizer.tokens("Geschäftsführer")).containsExactly("geschaftsfuhrer");
        assertThat(TitleTokenizer.tokens("Président-Directeur GÉNÉRAL")).containsExactly("president", "directeur", "general");
        assertThat(TitleTokenizer.tokens("Straße Œuvre Dueño")).containsExactly("strasse", "oeuvre", "dueno");
    }

    @Test
    void givenDottedOrJoinedLetters_whenTokenized_thenTheyBecomeOneAbbreviation() {
        assertThat(TitleTokenizer.tokens("V.P. of Sales")).containsExactly("vp", "of", "sales");
        assertThat(TitleTokenizer.tokens("S. V. P.")).containsExactly("svp");
        assertThat(TitleTokenizer.tokens("R&D Director")).containsExactly("rd", "director");
        assertThat(TitleTokenizer.tokens("Sr.Director")).containsExactly("sr", "director");
        assertThat(TitleTokenizer.tokens("C-Level")).containsExactly("c", "level");
    }

    @Test
    void givenPunctuation_whenTokenized_thenItSeparatesWords() {
        assertThat(TitleTokenizer.tokens("VP, Sales & Marketing")).containsExactly("vp", "sales", "marketing");
        assertThat(TitleTokenizer.tokens("Engineer (Backend)")).containsExactly("engineer", "backend");
        assertThat(TitleTokenizer.tokens("Directeur des systèmes d'information"))
                .containsExactly("directeur", "des", "systemes", "d", "information");
    }

    @Test
    void givenAnEmailAddress_whenTokenized_thenItIsDroppedButAnAtSignStaysAStop() {
        assertThat(TitleTokenizer.tokens("cto@acme.com")).isEmpty();
        assertThat(TitleTokenizer.tokens("Sales Manager jane.doe@acme.io")).containsExactly("sales", "manager");
        assertThat(TitleTokenizer.tokens("CTO @ Acme")).containsExactly("cto", "@", "acme");
        assertThat(TitleTokenizer.tokens("CTO@Acme")).containsExactly("cto", "@", "acme");
    }

    @Test
    void givenAHugeTitle_whenTokenized_thenTheTokenCountIsCapped() {
        assertThat(TitleTokenizer.tokens("word ".repeat(5_000))).hasSize(TitleTokenizer.MAX_TOKENS);
        assertThat(TitleTokenizer.tokens("a.".repeat(5_000)))
                .hasSizeLessThanOrEqualTo(TitleTokenizer.MAX_TOKENS)
                .allSatisfy(token -> assertThat(token).hasSizeLessThanOrEqualTo(TitleTokenizer.MAX_TOKEN_LENGTH));
        assertThat(TitleTokenizer.tokens("a".repeat(10_000))).containsExactly("a".repeat(TitleTokenizer.MAX_TOKEN_LENGTH));
    }

    @Test
    void givenWordsBeyondTheScanLimit_whenTokenized_thenTheyAreNeverRead() {
        String padding = "-".repeat(TitleTokenizer.MAX_SCAN);

        assertThat(TitleTokenizer.tokens(padding + " CEO")).isEmpty();
        assertThat(TitleTokenizer.tokens("CFO " + padding + " CEO")).containsExactly("cfo");
    }
}
