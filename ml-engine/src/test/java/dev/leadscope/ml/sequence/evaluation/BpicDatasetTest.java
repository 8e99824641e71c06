package dev.leadscope.ml.sequence.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BpicDatasetTest {
    @TempDir
    Path dir;

    private void write(String cases, String events) throws IOException {
        Files.writeString(dir.resolve("cases.csv"), "case_id,reg_date,amount_req,outcome,outcome_at\n" + cases);
        Files.writeString(dir.resolve("events.csv"), "case_id,event_index,activity,lifecycle,timestamp,resource\n" + events);
    }

    private static String events(String id, String day, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(id).append(',').append(i).append(",A_STEP").append(i % 3).append(",COMPLETE,").append(day)
                    .append(String.format("T%02d:00:00.000+01:00", i)).append(",112\n");
        }
        return b.toString();
    }

    @Test
    void givenCasesAroundTheCutoff_whenLoaded_thenSplitByRegistrationOpenLeftOutAndOnlyPrefixesBeforeTheOutcome() throws IOException {
        write("""
                1,2011-12-01T00:00:00.000+01:00,5000,approved,2011-12-01T06:00:00.000+01:00
                2,2012-01-02T00:00:00.000+01:00,7000,declined,2012-01-02T02:00:00.000+01:00
                3,2012-01-03T00:00:00.000+01:00,9000,open,
                4,2012-01-04T00:00:00.000+01:00,1000,approved,2012-01-04T23:00:00.000+01:00
                """, events("1", "2011-12-01", 8) + events("2", "2012-01-02", 8) + events("3", "2012-01-03", 8) + events("4", "2012-01-04", 12));
        SequenceDataset d = BpicDataset.load(dir, LocalDate.of(2012, 1, 1), Set.of(2, 5, 10));
        // case 1: events 0..5 are before 06:00, so prefixes 2 and 5 (the 5th event is at 04:00); 10 is too long
        assertThat(d.train()).extracting(LabelledSequence::slice).containsExactly(2, 5);
        assertThat(d.train()).allMatch(s -> s.label() == 1 && s.group().equals("1"));
        // case 2: outcome at 02:00, the 2nd event is at 01:00; case 3 is open; case 4: prefixes 2, 5, 10
        assertThat(d.test()).extracting(s -> s.group() + ":" + s.slice()).containsExactly("2:2", "4:2", "4:5", "4:10");
        assertThat(d.test().get(0).label()).isZero();
        assertThat(d.test().get(1).profile()[0]).isEqualTo((float) Math.log1p(1000));
        assertThat(d.test()).allMatch(s -> s.events().stream().allMatch(e -> e.at().isBefore(s.at())));
    }

    @Test
    void givenABadTimestamp_whenLoaded_thenTheErrorNamesFileLineAndColumn() throws IOException {
        write("1,2011-12-01T00:00:00.000+01:00,5000,approved,2011-12-01T06:00:00.000+01:00\n",
                "1,0,A_SUBMITTED,COMPLETE,2011-12-01T00:00:00.000+01:00,112\n1,1,A_DECLINED,COMPLETE,yesterday,112\n");
        assertThatThrownBy(() -> BpicDataset.load(dir, LocalDate.of(2012, 1, 1), Set.of(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events.csv line 3 column 'timestamp'").hasMessageContaining("yesterday");
    }
}
