package dev.leadscope.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntentSignalTest {
    private static IntentSignal signal(String topic, LocalDate week, int score, String provider) {
        return new IntentSignal(WorkspaceId.DEFAULT, new AccountId("acct-1"), topic, week, score, provider);
    }

    @Test
    void givenAnyDayOfAWeek_whenCreated_thenTheWeekStartsOnItsMonday() {
        assertThat(signal("crm", LocalDate.of(2024, 3, 7), 40, null).weekStart()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(signal("crm", LocalDate.of(2024, 3, 4), 40, null).weekStart()).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void givenEqualTopicsWeeksAndProvidersReadSeparately_whenCreated_thenEachSignalHoldsTheOneKeptInstance() {
        // strings and dates built afresh, as each row of a bulk read gives them
        IntentSignal a = signal(new String("crm"), LocalDate.parse("2024-03-04"), 40, new String("bombora"));
        IntentSignal b = signal(new String("crm"), LocalDate.parse("2024-03-06"), 60, new String("bombora"));

        assertThat(b.topic()).isSameAs(a.topic());
        assertThat(b.weekStart()).isSameAs(a.weekStart());
        assertThat(b.provider()).isSameAs(a.provider());
        assertThat(signal("crm", LocalDate.of(2024, 3, 4), 40, null).provider()).isNull();
    }

    @Test
    void givenAScoreOutOfRange_whenCreated_thenRefusedNamingIt() {
        assertThatThrownBy(() -> signal("crm", LocalDate.of(2024, 3, 4), 101, null)).hasMessageContaining("score");
        assertThatThrownBy(() -> signal(" ", LocalDate.of(2024, 3, 4), 50, null)).hasMessageContaining("topic");
        assertThatThrownBy(() -> signal("crm", null, 50, null)).hasMessageContaining("weekStart");
    }
}
