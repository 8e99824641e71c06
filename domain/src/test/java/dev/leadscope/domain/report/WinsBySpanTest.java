package dev.leadscope.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.report.WinsBySpan.AccountEntry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The expectation of a win within each account's observed span, from a baseline pooled over all accounts. */
class WinsBySpanTest {
    private static final Duration YEAR = Duration.ofDays(365);

    private static AccountEntry entry(String id, String group, double p, Duration span, Integer wonAfterDays) {
        return new AccountEntry(new LeadId(id), group, p, span, wonAfterDays == null ? null : Duration.ofDays(wonAfterDays));
    }

    @Test
    void givenFourEqualAccountsWithWinsAtDays100And200_whenExpected_thenEachExpectsTheBreslowBaselineOverItsYear() {
        double p = 0.2;
        double r = -Math.log(1 - p);
        List<WorkedLead> worked = WinsBySpan.expect(List.of(entry("a", "rep.anna", p, YEAR, 100), entry("b", "rep.anna", p, YEAR, 200),
                entry("c", "rep.ben", p, YEAR, null), entry("d", "rep.ben", p, YEAR, null)));

        double h0 = 1 / (4 * r) + 1 / (3 * r);
        assertThat(worked).allSatisfy(w -> assertThat(w.probability()).isCloseTo(1 - Math.exp(-r * h0), within(1e-12)));
        assertThat(worked).extracting(WorkedLead::converted).containsExactly(true, true, false, false);
    }

    @Test
    void givenAccountsObservedForDifferentSpans_whenExpected_thenOnlyTheWinsWithinEachSpanAreExpectedOfIt() {
        List<WorkedLead> worked = WinsBySpan.expect(List.of(entry("early", "rep.anna", 0.2, YEAR, 250),
                entry("middle", "rep.anna", 0.2, Duration.ofDays(200), null), entry("late", "rep.ben", 0.2, Duration.ofDays(30), null),
                entry("other", "rep.ben", 0.2, YEAR, 20)));

        double r = -Math.log(0.8);
        assertThat(worked.get(2).probability()).as("30 days see only the win at day 20").isCloseTo(1 - Math.exp(-r / (4 * r)), within(1e-12));
        assertThat(worked.get(1).probability()).as("200 days see the same").isCloseTo(worked.get(2).probability(), within(1e-12));
        assertThat(worked.get(0).probability()).as("a year sees the win at day 250 too, when only it was still observed and unwon")
                .isCloseTo(1 - Math.exp(-(0.25 + 1)), within(1e-12));
    }

    @Test
    void givenHigherEntryRisk_whenExpectedOverTheSameSpan_thenItExpectsMoreAndNoWinsExpectNothing() {
        List<WorkedLead> worked = WinsBySpan.expect(List.of(entry("low", "g", 0.1, YEAR, null), entry("high", "g", 0.4, YEAR, null),
                entry("won", "g", 0.2, YEAR, 50)));

        assertThat(worked.get(1).probability()).isGreaterThan(worked.get(0).probability());
        assertThat(WinsBySpan.expect(List.of(entry("none", "g", 0.3, YEAR, null)))).singleElement()
                .satisfies(w -> assertThat(w.probability()).isZero());
    }

    @Test
    void givenAWinAfterTheSpanOrANonPositiveSpan_whenAnEntryIsMade_thenItIsRejectedNamingTheField() {
        assertThatThrownBy(() -> entry("x", "g", 0.2, Duration.ofDays(10), 11)).hasMessageContaining("wonAfter");
        assertThatThrownBy(() -> entry("x", "g", 0.2, Duration.ZERO, null)).hasMessageContaining("span");
        assertThatThrownBy(() -> entry("x", "g", 1.2, YEAR, null)).hasMessageContaining("entryProbability");
    }
}
