package dev.leadscope.ml.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The time inputs of a step equal what the calendar and duration classes give, to the last bit, at any instant. */
class SequenceEncoderTest {
    private final SequenceEncoder encoder = new SequenceEncoder(new EventVocabulary(List.of("page_view"), List.of("pricing")), 10);

    @Test
    void theTimeOfDayWeekendAndGapsEqualTheCalendarsOwnAtRandomInstantsBeforeAndAfter1970() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            Instant at = randomInstant(random);
            Instant previous = random.nextInt(10) == 0 ? null : at.minusNanos(random.nextLong(-5_000_000_000L, 900_000_000_000_000L));
            Instant first = previous == null ? null : previous.minusNanos(random.nextLong(0, 9_000_000_000_000_000L));

            float[] x = encoder.now(at, previous, first);

            int w = x.length;
            ZonedDateTime utc = at.atZone(ZoneOffset.UTC);
            double angle = 2 * Math.PI * (utc.getHour() * 60 + utc.getMinute()) / 1440.0;
            assertThat(x[w - 5]).as("sin at %s", at).isEqualTo((float) Math.sin(angle));
            assertThat(x[w - 4]).as("cos at %s", at).isEqualTo((float) Math.cos(angle));
            boolean weekend = utc.getDayOfWeek() == DayOfWeek.SATURDAY || utc.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertThat(x[w - 3]).as("weekend at %s", at).isEqualTo(weekend ? 1f : 0f);
            assertThat(x[w - 2]).as("gap from %s to %s", previous, at).isEqualTo(calendarLogHours(previous, at));
            assertThat(x[w - 1]).as("gap from %s to %s", first, at).isEqualTo(calendarLogHours(first, at));
        }
    }

    @Test
    void aSaturdayAndASundayAreTheWeekendAndTheOtherDaysAreNot() {
        // 2024-06-01 was a Saturday
        long saturday = Instant.parse("2024-06-01T00:00:00Z").getEpochSecond() / 86_400L;
        assertThat(SequenceEncoder.isWeekend(saturday)).isTrue();
        assertThat(SequenceEncoder.isWeekend(saturday + 1)).isTrue();
        for (int d = 2; d < 7; d++) {
            assertThat(SequenceEncoder.isWeekend(saturday + d)).as("day %d after", d).isFalse();
        }
        assertThat(SequenceEncoder.isWeekend(-5)).isTrue(); // 1969-12-27, a Saturday
    }

    private static Instant randomInstant(Random random) {
        long second = random.nextLong(-2_000_000_000L, 4_000_000_000L);
        int nanos = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000);
        return Instant.ofEpochSecond(second, nanos);
    }

    private static float calendarLogHours(Instant from, Instant to) {
        if (from == null) {
            return 0f;
        }
        double hours = Math.max(0, Duration.between(from, to).toMillis()) / 3_600_000.0;
        return (float) (Math.log1p(hours) / SequenceEncoder.GAP_SCALE);
    }
}
