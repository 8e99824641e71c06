package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationFoldTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** 200 accounts (one history each) with 20 weekly snapshots, in time order; every third account converts. */
    private static List<Example> weekly(int accounts) {
        List<Example> rows = new ArrayList<>();
        for (int week = 0; week < 20; week++) {
            for (int a = 0; a < accounts; a++) {
                rows.add(new Example(a, T0.plus(Duration.ofDays(7L * week)), a % 3 == 0 ? 1 : 0));
            }
        }
        return rows;
    }

    private static int[] groupsByHistory(List<Example> rows) {
        return rows.stream().mapToInt(Example::history).toArray();
    }

    @Test
    void givenManyAccounts_whenSplit_thenNoAccountIsInBothPartsAndValidationRowsAreRecent() {
        List<Example> rows = weekly(200);
        ValidationFold fold = ValidationFold.of(rows, groupsByHistory(rows), 0.2, 7);

        Set<Integer> fitAccounts = new HashSet<>();
        fold.fit().forEach(e -> fitAccounts.add(e.history()));
        Set<Integer> validAccounts = new HashSet<>();
        fold.valid().forEach(e -> validAccounts.add(e.history()));
        assertThat(validAccounts).doesNotContainAnyElementsOf(fitAccounts);
        assertThat(validAccounts.size()).isBetween(20, 60);
        Instant recentFrom = rows.get(rows.size() / 2).at();
        assertThat(fold.valid()).allMatch(e -> !e.at().isBefore(recentFrom));
        // the held-out accounts' earlier snapshots are in neither part
        assertThat(fold.fit().size() + fold.valid().size()).isLessThan(rows.size());
        assertThat(fold.fit().size()).isEqualTo(fitAccounts.size() * 20);
    }

    @Test
    void givenTheSameSeed_whenSplitTwice_thenTheSameAccountsAreHeldOut() {
        List<Example> rows = weekly(200);
        assertThat(ValidationFold.of(rows, groupsByHistory(rows), 0.2, 7))
                .isEqualTo(ValidationFold.of(rows, groupsByHistory(rows), 0.2, 7));
        assertThat(ValidationFold.of(rows, groupsByHistory(rows), 0.2, 7))
                .isNotEqualTo(ValidationFold.of(rows, groupsByHistory(rows), 0.2, 8));
    }

    @Test
    void givenOneAccountOnly_whenSplit_thenEveryFifthRowValidates() {
        List<Example> rows = new ArrayList<>();
        for (int week = 0; week < 50; week++) {
            rows.add(new Example(week % 10, T0.plus(Duration.ofDays(7L * week)), week % 2));
        }
        ValidationFold fold = ValidationFold.of(rows, new int[rows.size()], 0.2, 7);

        assertThat(fold.valid()).hasSize(10).containsExactly(rows.get(4), rows.get(9), rows.get(14), rows.get(19),
                rows.get(24), rows.get(29), rows.get(34), rows.get(39), rows.get(44), rows.get(49));
        assertThat(fold.fit()).hasSize(40);
    }
}
