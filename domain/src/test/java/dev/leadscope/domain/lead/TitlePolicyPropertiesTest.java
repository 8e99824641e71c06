package dev.leadscope.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitlePolicyPropertiesTest {
    private final TitlePolicy policy = new TitlePolicy();
    private final List<TitleCatalogue.Entry> catalogue = TitleCatalogue.entries();

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t", "\n\r", "\u00A0", " \u2003 \t "})
    void givenNullOrBlankTitle_whenClassified_thenUnknownUnknown(String title) {
        assertThat(policy.classify(title)).isEqualTo(TitleProfile.UNKNOWN);
    }

    @Test
    void givenAnyCatalogueTitle_whenCasingChanges_thenProfileStaysTheSame() {
        for (TitleCatalogue.Entry entry : catalogue) {
            String title = entry.title();
            TitleProfile expected = policy.classify(title);

            assertThat(policy.classify(title.toUpperCase(Locale.ROOT))).as("upper [%s]", title).isEqualTo(expected);
            assertThat(policy.classify(title.toLowerCase(Locale.ROOT))).as("lower [%s]", title).isEqualTo(expected);
            assertThat(policy.classify(alternateCase(title))).as("mixed [%s]", title).isEqualTo(expected);
        }
    }

    @Test
    void givenAnyCatalogueTitle_whenWhitespaceIsPaddedOrRepeated_thenProfileStaysTheSame() {
        SplittableRandom rng = new SplittableRandom(11);
        for (TitleCatalogue.Entry entry : catalogue) {
            String title = entry.title();
            TitleProfile expected = policy.classify(title);

            String padded = "  \t" + title + " \u00A0\n";
            String stretched = title.replace(" ", pick(rng, "  ", " \t ", "\u00A0", "   \u2009"));
            assertThat(policy.classify(padded)).as("padded [%s]", title).isEqualTo(expected);
            assertThat(policy.classify(stretched)).as("stretched [%s]", title).isEqualTo(expected);
        }
    }

    @Test
    void givenTitlesWithoutAccents_whenClassified_thenTheyReadLikeTheAccentedOnes() {
        assertThat(policy.classify("Geschaftsfuhrer")).isEqualTo(policy.classify("Geschäftsführer"));
        assertThat(policy.classify("Directeur General")).isEqualTo(policy.classify("Directeur Général"));
        assertThat(policy.classify("Ingenieur")).isEqualTo(policy.classify("Ingénieur"));
        assertThat(policy.classify("Director de Tecnologia")).isEqualTo(policy.classify("Director de Tecnología"));
        assertThat(policy.classify("Einkaufer")).isEqualTo(policy.classify("Einkäufer"));
        assertThat(policy.classify("Ingenieur")).isEqualTo(policy.classify("Inge\u0301nieur"));
    }

    @Test
    void givenRandomUnicodeJunk_whenClassified_thenNeverThrowsAndAlwaysAnswers() {
        SplittableRandom rng = new SplittableRandom(20240611);
        for (int i = 0; i < 20_000; i++) {
            String junk = randomString(rng, rng.nextInt(0, 60));
            assertThatCode(() -> assertThat(policy.classify(junk)).isNotNull()).as("junk #%d", i)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void givenVeryLongTitles_whenClassified_thenAnswersWithoutThrowing() {
        SplittableRandom rng = new SplittableRandom(3);
        String[] longTitles = {
                "a".repeat(10_000), " ".repeat(10_000), ".".repeat(10_000), "@".repeat(10_000),
                "V.".repeat(5_000), "Chief ".repeat(2_000), "CEO ".repeat(2_500), "x@y.z ".repeat(1_700),
                "Director of " + "very ".repeat(2_000) + "important things", randomString(rng, 10_000)};
        for (String title : longTitles) {
            policy.classify(title);
        }
        for (String title : longTitles) {
            assertThat(policy.classify(title)).isNotNull();
        }
        assertThat(policy.classify("CEO ".repeat(2_500)).role()).isEqualTo(CommitteeRole.ECONOMIC_BUYER);
    }

    @Test
    void givenARealTitleBuriedAfterThousandsOfJunkCharacters_whenClassified_thenOnlyTheStartIsReadAndItIsUnknown() {
        assertThat(policy.classify("#".repeat(10_000) + " Chief Financial Officer")).isEqualTo(TitleProfile.UNKNOWN);
        assertThat(policy.classify("Chief Financial Officer " + "#".repeat(10_000)))
                .isEqualTo(new TitleProfile(Seniority.C_LEVEL, CommitteeRole.ECONOMIC_BUYER));
    }

    private static String alternateCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static String pick(SplittableRandom rng, String... options) {
        return options[rng.nextInt(options.length)];
    }

    private static String randomString(SplittableRandom rng, int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            int kind = rng.nextInt(6);
            int codePoint = switch (kind) {
                case 0 -> rng.nextInt(0x20, 0x7F);
                case 1 -> rng.nextInt(0xA0, 0x250);
                case 2 -> rng.nextInt(0x300, 0x370);
                case 3 -> rng.nextInt(0x370, 0x3000);
                case 4 -> rng.nextInt(0xD800, 0xE000);
                default -> rng.nextInt(0x1F300, 0x1FAFF);
            };
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }
}
