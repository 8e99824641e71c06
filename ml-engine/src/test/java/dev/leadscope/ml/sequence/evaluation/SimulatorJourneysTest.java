package dev.leadscope.ml.sequence.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorJourneysTest {
    @TempDir
    Path dir;

    @Test
    void givenJourneysOfAnAccount_whenScoredWeeksLater_thenTheMomentumFadesByAWeekAtATime() {
        TreeMap<Instant, Boolean> journeys = new TreeMap<>();
        journeys.put(Instant.parse("2024-06-03T00:00:00Z"), true);
        assertThat(SimulatorJourneys.momentumOf(journeys, Instant.parse("2024-06-03T00:00:00Z"))).isZero();
        assertThat(SimulatorJourneys.momentumOf(journeys, Instant.parse("2024-06-10T00:00:00Z"))).isEqualTo(3.0);
        assertThat(SimulatorJourneys.momentumOf(journeys, Instant.parse("2024-06-24T00:00:00Z"))).isEqualTo(1.0);
        assertThat(SimulatorJourneys.momentumOf(journeys, Instant.parse("2024-07-01T00:00:00Z"))).isZero();
        assertThat(SimulatorJourneys.momentumOf(null, Instant.parse("2024-07-01T00:00:00Z"))).isZero();
    }

    @Test
    void givenNoJourneyFile_whenRead_thenNoJourneysAndNoMomentum() {
        SimulatorJourneys journeys = SimulatorJourneys.read(dir.resolve("journeys.csv"));

        assertThat(journeys.isEmpty()).isTrue();
        assertThat(journeys.momentum("acc-1", Instant.parse("2024-06-10T00:00:00Z"))).isZero();
    }

    @Test
    void givenALaterJourney_whenScored_thenItReplacesTheEarlierOne() throws IOException {
        Files.writeString(dir.resolve("journeys.csv"), """
                account_id,week_start,order
                acc-1,2024-06-03,case_study_first
                acc-1,2024-06-10,pricing_first
                """);

        SimulatorJourneys journeys = SimulatorJourneys.read(dir.resolve("journeys.csv"));

        assertThat(journeys.momentum("acc-1", Instant.parse("2024-06-10T00:00:00Z"))).isEqualTo(3.0);
        assertThat(journeys.momentum("acc-1", Instant.parse("2024-06-17T00:00:00Z"))).isEqualTo(-3.0);
        assertThat(journeys.momentum("acc-2", Instant.parse("2024-06-17T00:00:00Z"))).isZero();
    }
}
