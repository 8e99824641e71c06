package dev.leadscope.rest.imports.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leadscope.rest.common.UtcInstants;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UtcInstantsTest {
    private final TimeParser iso = new TimeParser(ZoneOffset.UTC, null);

    @Test
    void givenUtcInstantsWithAndWithoutFractions_whenParsed_thenTheyEqualTheGeneralParsersReading() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 7_000_000_000L), random.nextInt(1_000_000_000));
            String text = at.toString();   // ISO_INSTANT: no fraction, or 3, 6 or 9 digits
            assertEquals(Instant.parse(text), UtcInstants.parse(text), text);
            String truncated = text.substring(0, 19) + (i % 2 == 0 ? "" : ".5") + "Z";
            assertEquals(Instant.parse(truncated), UtcInstants.parse(truncated), truncated);
        }
    }

    @Test
    void givenOtherForms_whenParsed_thenTheyAreLeftToTheGeneralParser() {
        for (String text : new String[] {"2024-03-01", "2024-03-01T09:30:00", "2024-03-01T09:30:00+02:00", "2024-03-01 09:30:00Z",
                "2024-03-01T09:30:00.Z", "2024-03-01T09:30:60Z", "2024-03-01T24:00:00Z", "+12024-03-01T09:30:00Z",
                "2024-03-01T09:30:00.1234567890Z", "2024-3-01T09:30:00Z", "2024-03-01T09:30:00z", "2024-03-01T09:3a:00Z"}) {
            assertNull(UtcInstants.parse(text), text);
        }
    }

    @Test
    void givenADayThatDoesNotExist_whenParsed_thenItIsRefusedAsTheGeneralParserRefusesIt() {
        assertThrows(DateTimeException.class, () -> UtcInstants.parse("2023-02-29T10:00:00Z"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> iso.instant("2023-02-29T10:00:00Z"));
        assertEquals("not an ISO-8601 date or timestamp (e.g. 2024-03-01 or 2024-03-01T09:30:00Z): '2023-02-29T10:00:00Z'", e.getMessage());
    }

    @Test
    void givenTheTimeParser_whenReadingEachIsoForm_thenTheFastPathAgreesWithTheOthers() {
        assertEquals(Instant.parse("2011-10-01T00:38:44.546Z"), iso.instant("2011-10-01T00:38:44.546Z"));
        assertEquals(Instant.parse("2011-09-30T22:38:44.546Z"), iso.instant("2011-10-01T00:38:44.546+02:00"));
        assertEquals(Instant.parse("2024-03-01T09:30:00Z"), iso.instant("2024-03-01 09:30:00"));
        assertEquals(Instant.parse("2016-10-20T00:00:00Z"), iso.instant("2016-10-20"));
        assertEquals(Instant.parse("2016-12-31T23:59:60Z"), iso.instant("2016-12-31T23:59:60Z"));
    }
}
