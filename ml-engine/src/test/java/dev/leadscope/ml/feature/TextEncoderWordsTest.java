package dev.leadscope.ml.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text encoder finds the words a split on {@code [^\p{L}\p{N}]+} finds, with the same hashes. */
class TextEncoderWordsTest {
    private static final String ALPHABET = "abcXYZ019 ,.;-_'\n\tÉéßİıΣσς中文😀①Ⅻ\u0301";

    @Test
    void givenRandomTextsWithAccentsScriptsAndSurrogates_whenEncoded_thenTheSameFeaturesAsSplittingOnTheRegex() {
        TextEncoder encoder = new TextEncoder("notes.text", 16);
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                b.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                        random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
            }
            String text = b.toString();
            float[] actual = new float[17];
            encoder.encode(text, actual, 0);
            assertThat(actual).as("\"%s\"", text).containsExactly(bySplitting(text, 16));
        }
    }

    private static float[] bySplitting(String cell, int buckets) {
        float[] out = new float[buckets + 1];
        int words = 0;
        for (String token : cell.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                words++;
                out[1 + Math.floorMod(token.hashCode(), buckets)] += 1f;
            }
        }
        out[0] = words;
        return out;
    }
}
