package dev.leadscope.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.domain.lead.LeadId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected is the sum of probabilities, the interval comes from the Poisson-binomial variance, rank 1 is the best ratio. */
class GroupBenchmarkTest {

    private static List<WorkedLead> leads(String group, int n, double p, int converted) {
        List<WorkedLead> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new WorkedLead(new LeadId(group + "-" + i), group, p, i < converted));
        }
        return out;
    }

    @Test
    void givenTwoRepsWithLeadsOfEqualProbability_whenRanked_thenTheOneConvertingMoreRanksFirstWithItsInterval() {
        List<WorkedLead> worked = new ArrayList<>(leads("anna", 100, 0.1, 15));
        worked.addAll(leads("ben", 100, 0.1, 5));

        List<GroupBenchmark> ranked = GroupBenchmark.rank(worked);

        GroupBenchmark anna = ranked.get(0);
        assertThat(anna.group()).isEqualTo("anna");
        assertThat(anna.rank()).isEqualTo(1);
        assertThat(anna.expected()).isCloseTo(10.0, within(1e-9));
        assertThat(anna.variance()).isCloseTo(9.0, within(1e-9));
        assertThat(anna.ratio()).isCloseTo(1.5, within(1e-9));
        assertThat(anna.ratioLow()).isCloseTo((15 - 1.959964 * 3) / 10, within(1e-6));
        assertThat(anna.ratioHigh()).isCloseTo((15 + 1.959964 * 3) / 10, within(1e-6));
        assertThat(anna.z()).isCloseTo(5.0 / 3, within(1e-9));
        assertThat(ranked.get(1).group()).isEqualTo("ben");
        assertThat(ranked.get(1).rank()).isEqualTo(2);
        assertThat(ranked.get(1).ratioLow()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void givenAGroupWhoseLeadsAllHadProbabilityZero_whenRanked_thenItsRatioIsUndefinedAndRanksLast() {
        List<WorkedLead> worked = new ArrayList<>(leads("zero", 3, 0.0, 0));
        worked.addAll(leads("some", 10, 0.2, 1));

        List<GroupBenchmark> ranked = GroupBenchmark.rank(worked);

        assertThat(ranked).extracting(GroupBenchmark::group).containsExactly("some", "zero");
        assertThat(ranked.get(1).ratio()).isNaN();
    }

    @Test
    void givenSmallAndEmptyGroups_whenRated_thenTheWilsonIntervalStaysInsideZeroAndOne() {
        GroupRate none = GroupRate.of("x", 20, 0);
        GroupRate all = GroupRate.of("y", 20, 20);

        assertThat(none.low()).isZero();
        assertThat(none.high()).isBetween(0.1, 0.2);
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isBetween(0.8, 0.9);
        assertThat(GroupRate.of("z", 0, 0).rate()).isNaN();
        assertThat(GroupRate.of("a", 100, 30).minus(GroupRate.of("b", 100, 10)).value()).isCloseTo(0.2, within(1e-12));
    }
}
