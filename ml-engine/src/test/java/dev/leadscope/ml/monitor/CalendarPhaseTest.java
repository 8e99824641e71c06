package dev.leadscope.ml.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.ml.snapshot.FiscalCalendar;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarPhaseTest {
    private static final List<String> NAMES = List.of("employees", FiscalCalendar.MONTHS_SINCE_YEAR_END, FiscalCalendar.QUARTER_END_MONTH);

    @Test
    void givenRowsScoredInJulyAndJune_whenHeldAtTheEndOfJune_thenEachAccountsYearStandsWhereItDidInJune() {
        // a December year end: 7 months on in July, 6 in June; a March year end: 4 months on in July
        float[] x = {
                120, 7, 0,
                120, 6, 1,
                40, 4, 0,
                40, Float.NaN, Float.NaN};
        List<Example> rows = List.of(
                new Example(0, Instant.parse("2024-07-03T00:00:00Z"), 0),
                new Example(1, Instant.parse("2024-06-12T00:00:00Z"), 0),
                new Example(2, Instant.parse("2024-07-03T00:00:00Z"), 0),
                new Example(3, Instant.parse("2024-07-03T00:00:00Z"), 0));

        CalendarPhase.holdAt(x, NAMES, rows, Instant.parse("2024-06-20T00:00:00Z"));

        assertThat(x).containsExactly(
                120, 6, 1,
                120, 6, 1,
                40, 3, 1,
                40, Float.NaN, Float.NaN);
    }

    @Test
    void givenAMomentInTheNextYear_whenHeld_thenTheMonthsWrapAroundTheYear() {
        float[] x = {0, 11, 0};
        CalendarPhase.holdAt(x, NAMES, List.of(new Example(0, Instant.parse("2024-11-10T00:00:00Z"), 0)),
                Instant.parse("2025-02-10T00:00:00Z"));

        assertThat(x).containsExactly(0, 2, 0);
    }

    @Test
    void givenASchemaWithoutTheCalendar_whenHeld_thenNothingChanges_andAMisshapenMatrixIsRefused() {
        float[] x = {5, 6};
        CalendarPhase.holdAt(x, List.of("a", "b"), List.of(new Example(0, Instant.parse("2024-07-03T00:00:00Z"), 0)),
                Instant.parse("2024-01-01T00:00:00Z"));

        assertThat(x).containsExactly(5, 6);
        assertThatThrownBy(() -> CalendarPhase.holdAt(new float[5], NAMES, List.of(), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 values");
    }
}
