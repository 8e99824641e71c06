package dev.leadscope.ml.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.TitlePolicy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleRecoveryTest {

    @Test
    void givenSimulatedTitles_whenClassifiedByTitlePolicy_thenAtLeast90PercentOfTrueRolesRecovered() {
        TitlePolicy policy = new TitlePolicy();
        assumeTrue(policy.classify("Chief Financial Officer").role() != CommitteeRole.UNKNOWN,
                "TitlePolicy does not classify titles yet");
        SimulatedRuns.Run run = SimulatedRuns.small();
        Map<String, String> truth = new HashMap<>();
        run.rows("truth/lead_roles.csv").forEach(r -> truth.put(r.get("lead_id"), r.get("true_role")));
        int[] counts = new int[2];
        run.rows("leads.csv").forEach(l -> {
            String title = l.get("title");
            CommitteeRole role = policy.classify(title == null ? "" : title).role();
            counts[0]++;
            if (role.name().equals(truth.get(l.get("lead_id")))) {
                counts[1]++;
            }
        });
        assertThat(counts[0]).isGreaterThan(100);
        assertThat((double) counts[1] / counts[0]).as("%d of %d roles recovered", counts[1], counts[0]).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void givenSimulatedCommittees_whenCountingRoles_thenEveryRoleAppearsAndJunkIsRare() {
        Map<String, Integer> roles = new HashMap<>();
        SimulatedRuns.small().rows("truth/lead_roles.csv").forEach(r -> roles.merge(r.get("true_role"), 1, Integer::sum));
        assertThat(roles).containsKeys("ECONOMIC_BUYER", "TECHNICAL_EVALUATOR", "EXECUTIVE_SPONSOR", "CHAMPION")
                .doesNotContainKey("UNKNOWN");
        long blank = SimulatedRuns.small().rows("leads.csv").stream().filter(l -> l.get("title") == null || l.get("title").isBlank()).count();
        assertThat((double) blank / roles.values().stream().mapToInt(Integer::intValue).sum()).isLessThan(0.05);
    }
}
