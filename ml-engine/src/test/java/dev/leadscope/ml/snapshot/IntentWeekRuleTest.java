package dev.leadscope.ml.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.fixtures.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Training snapshots are taken at Monday 00:00 and leads are scored at any moment: from format 4 on, the intent
 * columns a snapshot sees on a Monday are the ones a lead scored at any later moment of that week sees.
 */
class IntentWeekRuleTest {
    private static final WorkspaceId WS = Fixtures.freshWorkspace();
    private static final LocalDate MONDAY = LocalDate.of(2024, 6, 10);
    private static final Instant SNAPSHOT = Instant.parse("2024-06-10T00:00:00Z");

    /** Fifteen weeks of intent on two topics, each week's scores distinct, oldest first as a history keeps them. */
    private static List<IntentSignal> signals() {
        List<IntentSignal> out = new ArrayList<>();
        for (int back = 15; back >= 1; back--) {
            LocalDate week = MONDAY.minusWeeks(back);
            out.add(new IntentSignal(WS, new AccountId("acc-1"), "crm", week, 5 + back * 6, "bombora"));
            out.add(new IntentSignal(WS, new AccountId("acc-1"), "lead scoring", week, back == 1 ? 95 : back * 3, "bombora"));
        }
        return out;
    }

    private static double[] columns(IntentWeekRule rule, Instant t) {
        double[] intent = Context.intentOf(signals(), t, rule);
        double[] out = Arrays.copyOf(intent, intent.length + 1);
        out[intent.length] = BuyingSignals.intentWeeks(signals(), t, rule);
        return out;
    }

    /** Every column but the latest week's age (index 5), which grows through the week. */
    private static double[] withoutAge(double[] columns) {
        double[] out = columns.clone();
        out[5] = 0;
        return out;
    }

    @Test
    void givenFormat4_whenScoredAtAnyMomentOfTheWeek_thenIntentColumnsEqualTheMondaySnapshots() {
        double[] snapshot = columns(IntentWeekRule.FROM_END, SNAPSHOT);

        for (int hour = 0; hour < 7 * 24; hour++) {
            Instant t = SNAPSHOT.plus(Duration.ofHours(hour)).plusSeconds(1);
            double[] served = columns(IntentWeekRule.FROM_END, t);
            assertThat(withoutAge(served)).as("hour %d", hour).containsExactly(withoutAge(snapshot));
            assertThat(served[5]).as("latest age at hour %d", hour).isEqualTo(hour / 24);
        }
        // the week ending at the snapshot is known: its 95 is the four-week maximum and a hot topic
        assertThat(snapshot[0]).isEqualTo(95);
        assertThat(snapshot[3]).isEqualTo(1);
        assertThat(snapshot[5]).isZero();
    }

    @Test
    void givenFormat4_whenTheNextWeekEnds_thenItsSurgeCountsFromThatMomentOn() {
        Instant nextMonday = SNAPSHOT.plus(Duration.ofDays(7));
        List<IntentSignal> withNext = new ArrayList<>(signals());
        withNext.add(new IntentSignal(WS, new AccountId("acc-1"), "crm", MONDAY, 99, "bombora"));

        assertThat(Context.intentOf(withNext, nextMonday.minusNanos(1), IntentWeekRule.FROM_END)[0]).isEqualTo(95);
        assertThat(Context.intentOf(withNext, nextMonday, IntentWeekRule.FROM_END)[0]).isEqualTo(99);
    }

    @Test
    void givenFormat3_whenSnapshotTakenAtMonday_thenItSawOneWeekFewerThanServingLaterThatWeek() {
        double[] snapshot = columns(IntentWeekRule.AFTER_END, SNAPSHOT);
        double[] tuesday = columns(IntentWeekRule.AFTER_END, SNAPSHOT.plus(Duration.ofDays(1)));

        // the mismatch format 4 removes: the week ending at Monday 00:00 is unknown to the snapshot only
        assertThat(snapshot[0]).isEqualTo(5 + 4 * 6);
        assertThat(tuesday[0]).isEqualTo(95);
        assertThat(snapshot[5]).isEqualTo(7);
    }

    @Test
    void givenAFormat_whenItsRuleAsked_thenFormatsBefore4KeepTheirRule() {
        assertThat(IntentWeekRule.of(2)).isEqualTo(IntentWeekRule.AFTER_END);
        assertThat(IntentWeekRule.of(3)).isEqualTo(IntentWeekRule.AFTER_END);
        assertThat(IntentWeekRule.of(SnapshotSpec.FORMAT)).isEqualTo(IntentWeekRule.FROM_END);
    }
}
