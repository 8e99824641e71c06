package dev.leadscope.qualification.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.scoring.Tier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TierPolicyTest {

    @Test
    void givenDefaultThresholds_whenProbabilitiesCrossThem_thenTiersFollowOneFiveAndTenPercent() {
        ThresholdTiers t = ThresholdTiers.DEFAULTS;
        assertThat(t.tier(0.0)).isEqualTo(Tier.LOW);
        assertThat(t.tier(0.0099)).isEqualTo(Tier.LOW);
        assertThat(t.tier(0.01)).isEqualTo(Tier.MEDIUM);
        assertThat(t.tier(0.0499)).isEqualTo(Tier.MEDIUM);
        assertThat(t.tier(0.05)).isEqualTo(Tier.HIGH);
        assertThat(t.tier(0.10)).isEqualTo(Tier.TOP);
        assertThat(t.tier(1.0)).isEqualTo(Tier.TOP);
    }

    @Test
    void givenThresholdsOutOfOrder_whenBuilt_thenTheErrorNamesTheRule() {
        assertThatThrownBy(() -> new ThresholdTiers(0.05, 0.01, 0.1)).hasMessageContaining("medium < high");
        assertThatThrownBy(() -> ThresholdTiers.DEFAULTS.tier(1.5)).hasMessageContaining("probability");
    }

    @Test
    void givenAHundredReferenceScores_whenTieredByCapacity_thenTheTopFivePercentAreTop() {
        double[] reference = IntStream.range(0, 100).mapToDouble(i -> i / 100.0).toArray();
        CapacityTiers t = new CapacityTiers(0.05, 0.10, 0.25, reference);
        assertThat(t.tier(0.99)).isEqualTo(Tier.TOP);
        assertThat(t.tier(0.95)).isEqualTo(Tier.TOP);
        assertThat(t.tier(0.94)).isEqualTo(Tier.HIGH);
        assertThat(t.tier(0.85)).isEqualTo(Tier.HIGH);
        assertThat(t.tier(0.84)).isEqualTo(Tier.MEDIUM);
        assertThat(t.tier(0.60)).isEqualTo(Tier.MEDIUM);
        assertThat(t.tier(0.59)).isEqualTo(Tier.LOW);
        long top = IntStream.range(0, 100).filter(i -> t.tier(i / 100.0) == Tier.TOP).count();
        assertThat(top).isEqualTo(5);
    }

    @Test
    void givenTenRepsCallingFivePerDayOfTwoHundredLeads_whenTiered_thenTopIsAQuarter() {
        double[] reference = IntStream.range(0, 200).mapToDouble(i -> i / 200.0).toArray();
        CapacityTiers t = CapacityTiers.perRepPerDay(5, 10, 200, reference);
        assertThat(t.topShare()).isEqualTo(0.25);
        assertThat(t.highShare()).isEqualTo(0.25);
        assertThat(t.mediumShare()).isEqualTo(0.5);
        long top = IntStream.range(0, 200).filter(i -> t.tier(i / 200.0) == Tier.TOP).count();
        assertThat(top).isEqualTo(50);
        assertThatThrownBy(() -> CapacityTiers.perRepPerDay(0, 10, 200, reference)).hasMessageContaining("perRepPerDay");
        assertThatThrownBy(() -> new CapacityTiers(0.5, 0.5, 0.5, reference)).hasMessageContaining("at most 1");
    }
}
