package dev.leadscope.qualification.bant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {

    @Test
    void givenRulesWithCommentsAndNegatedStatuses_whenParsed_thenEachRuleKeepsItsMeaning() {
        PhraseLexicon lexicon = PhraseLexicon.parse("""
                # a comment

                budget   met/not_met   have|has budget
                need     ignore        need to
                timeline met           in <n> weeks
                """);
        assertThat(lexicon.rules()).hasSize(3);
        PhraseRule first = lexicon.rules().get(0);
        assertThat(first.criterion()).isEqualTo(BantCriterion.BUDGET);
        assertThat(first.status()).isEqualTo(BantStatus.MET);
        assertThat(first.whenNegated()).isEqualTo(BantStatus.NOT_MET);
        assertThat(lexicon.rules().get(1).ignores()).isTrue();
        assertThat(lexicon.rules().get(2).fixedWords()).isEqualTo(3);
    }

    @Test
    void givenAnUnknownCriterion_whenParsed_thenTheErrorNamesTheLine() {
        assertThatThrownBy(() -> PhraseLexicon.parse("budget met no budget\n\nwallet met deep pockets"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3").hasMessageContaining("wallet");
    }

    @Test
    void givenABadStatusOrPattern_whenParsed_thenTheErrorSaysWhatIsWrong() {
        assertThatThrownBy(() -> PhraseLexicon.parse("need sure need it"))
                .hasMessageContaining("line 1").hasMessageContaining("status must be");
        assertThatThrownBy(() -> PhraseLexicon.parse("need met * need"))
                .hasMessageContaining("start and end with a word");
        assertThatThrownBy(() -> PhraseLexicon.parse("need met need$"))
                .hasMessageContaining("need$");
        assertThatThrownBy(() -> PhraseLexicon.parse("need met"))
                .hasMessageContaining("expected 'criterion status");
    }

    @Test
    void givenACustomLexicon_whenANoteIsRead_thenItsRulesApply() {
        NoteReader reader = new NoteReader(PhraseLexicon.parse("budget met/not_met deep pockets"));
        assertThat(reader.verdicts("They have deep pockets.").get(BantCriterion.BUDGET).status()).isEqualTo(BantStatus.MET);
        assertThat(reader.verdicts("They do not have deep pockets.").get(BantCriterion.BUDGET).status()).isEqualTo(BantStatus.NOT_MET);
        assertThat(reader.verdicts("Maybe deep pockets.").get(BantCriterion.BUDGET).status()).isEqualTo(BantStatus.PARTLY);
    }
}
