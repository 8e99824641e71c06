package dev.leadscope.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.scoring.Tier;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualificationConfigTest {

    @Test
    void givenNoProperties_whenRead_thenTheDefaults() {
        QualificationSettings s = QualificationConfig.fromProperties(Map.of());
        assertThat(s.tiers().tier(0.07)).isEqualTo(Tier.HIGH);
        assertThat(s.bant()).isEqualTo(QualificationSettings.defaults().bant());
        assertThat(s.readiness().minMet()).isEqualTo(3);
    }

    @Test
    void givenOverrides_whenRead_thenTheyApplyAndTheRestKeepsItsDefaults() {
        QualificationSettings s = QualificationConfig.fromProperties(Map.of("tiers.top", "0.2", "readiness.min-met", "2",
                "bant.related-hiring", "Sales Operations, growth", "phrases", "budget met deep pockets"));
        assertThat(s.tiers().tier(0.15)).isEqualTo(Tier.HIGH);
        assertThat(s.readiness().minMet()).isEqualTo(2);
        assertThat(s.bant().relatedHiring()).containsExactlyInAnyOrder("sales operations", "growth");
        assertThat(s.bant().revenueMet()).isEqualTo(10_000_000);
        assertThat(s.phrases().rules()).hasSize(1);
    }

    @Test
    void givenBadKeysOrValues_whenRead_thenTheErrorNamesTheKey() {
        assertThatThrownBy(() -> QualificationConfig.fromProperties(Map.of("tiers.tops", "0.2")))
                .hasMessageContaining("unknown qualification settings: [tiers.tops]");
        assertThatThrownBy(() -> QualificationConfig.fromProperties(Map.of("bant.intent-met", "high")))
                .hasMessageContaining("bant.intent-met: must be a whole number");
        assertThatThrownBy(() -> QualificationConfig.fromProperties(Map.of("tiers.high", "0.5")))
                .hasMessageContaining("tiers: tier thresholds must satisfy");
        assertThatThrownBy(() -> QualificationConfig.fromProperties(Map.of("phrases", "budget met\nwallet met x")))
                .hasMessageContaining("phrases: phrase rules line 1");
    }
}
