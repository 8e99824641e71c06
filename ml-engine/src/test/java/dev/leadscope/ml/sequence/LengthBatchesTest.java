package dev.leadscope.ml.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LengthBatchesTest {
    private static int[] randomLengths(int n, long seed) {
        Random r = new Random(seed);
        return IntStream.range(0, n).map(i -> 1 + r.nextInt(100)).toArray();
    }

    private static long paddedSteps(List<int[]> batches, int[] lengths) {
        long steps = 0;
        for (int[] b : batches) {
            steps += (long) b.length * Arrays.stream(b).map(i -> lengths[i]).max().orElse(0);
        }
        return steps;
    }

    @Test
    void givenSequencesOfMixedLengths_whenBatched_thenEverySequenceComesOnceInBatchesOfAtMostTheSize() {
        int[] lengths = randomLengths(10_007, 1);

        List<int[]> batches = LengthBatches.of(lengths, 128, new Random(7));

        List<Integer> seen = new ArrayList<>();
        batches.forEach(b -> Arrays.stream(b).forEach(seen::add));
        assertThat(seen).hasSize(lengths.length).doesNotHaveDuplicates();
        assertThat(batches).allSatisfy(b -> assertThat(b.length).isBetween(1, 128));
    }

    @Test
    void givenSequencesOfMixedLengths_whenBatched_thenFarLessPaddingThanBatchesInPlainShuffledOrder() {
        int[] lengths = randomLengths(10_000, 2);
        long actual = Arrays.stream(lengths).asLongStream().sum();

        long sorted = paddedSteps(LengthBatches.of(lengths, 128, new Random(7)), lengths);

        // shuffled batches are padded to about the longest of 128 draws, here close to 100 steps each
        assertThat(sorted).isLessThan(actual * 11 / 10);
    }

    @Test
    void givenTheSameGenerator_whenBatched_thenTheSameBatches_andAnotherEpochOrdersThemOtherwise() {
        int[] lengths = randomLengths(5_000, 3);

        List<int[]> a = LengthBatches.of(lengths, 64, new Random(11));
        List<int[]> b = LengthBatches.of(lengths, 64, new Random(11));
        Random epochs = new Random(11);
        List<int[]> first = LengthBatches.of(lengths, 64, epochs);
        List<int[]> second = LengthBatches.of(lengths, 64, epochs);

        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i)).containsExactly(b.get(i));
        }
        assertThat(first.get(0)).isNotEqualTo(second.get(0));
        assertThatThrownBy(() -> LengthBatches.of(lengths, 0, new Random(1))).hasMessageContaining("batchSize");
    }
}
