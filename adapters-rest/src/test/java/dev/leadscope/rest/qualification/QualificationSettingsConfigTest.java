package dev.leadscope.rest.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.qualification.QualificationSettings;
import dev.leadscope.qualification.tier.ThresholdTiers;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualificationSettingsConfigTest {

    @Test
    void givenShippedConfiguration_whenStarted_thenSettingsAreTheDocumentedDefaults() {
        try (ApplicationContext context = ApplicationContext.run("test")) {
            QualificationSettings settings = context.getBean(QualificationSettings.class);

            assertThat(settings.tiers()).isEqualTo(ThresholdTiers.DEFAULTS);
            assertThat(settings.bant()).isEqualTo(QualificationSettings.defaults().bant());
            assertThat(settings.readiness()).isEqualTo(QualificationSettings.defaults().readiness());
        }
    }

    @Test
    void givenOverriddenKeysAndAList_whenStarted_thenSettingsTakeThem() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("leadscope.qualification.tiers.top", "0.2",
                "leadscope.qualification.readiness.min-met", "4", "leadscope.qualification.bant.related-hiring", List.of("SDR", "bdr")),
                "test")) {
            QualificationSettings settings = context.getBean(QualificationSettings.class);

            assertThat(((ThresholdTiers) settings.tiers()).top()).isEqualTo(0.2);
            assertThat(settings.readiness().minMet()).isEqualTo(4);
            assertThat(settings.bant().relatedHiring()).containsExactlyInAnyOrder("sdr", "bdr");
        }
    }

    @Test
    void givenCapacityTiersAndRepsConfigured_whenStarted_thenSettingsTakeThem() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("leadscope.qualification.tiers.mode", "capacity",
                "leadscope.qualification.tiers.capacity.top-share", "0.02", "leadscope.qualification.tiers.capacity.refresh-minutes", "3",
                "leadscope.qualification.assignment.reps", List.of("rep.anna", "rep.bob:0.5"),
                "leadscope.qualification.assignment.by-open-load", "true"), "test")) {
            QualificationSettings settings = context.getBean(QualificationSettings.class);

            assertThat(settings.capacity()).isNotNull();
            assertThat(settings.capacity().topShare()).isEqualTo(0.02);
            assertThat(settings.capacity().refresh()).hasMinutes(3);
            assertThat(settings.assignment().reps()).hasSize(2);
            assertThat(settings.assignment().reps().values()).containsExactly(1.0, 0.5);
        }
    }

    @Test
    void givenUnknownKeyOrBadValue_whenSettingsRead_thenErrorNamesTheKey() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("leadscope.qualification.tiers.highest", "0.3"), "test")) {
            assertThatThrownBy(() -> context.getBean(QualificationSettings.class)).hasStackTraceContaining("tiers.highest");
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("leadscope.qualification.tiers.top", "lots"), "test")) {
            assertThatThrownBy(() -> context.getBean(QualificationSettings.class))
                    .hasStackTraceContaining("leadscope.qualification.tiers.top: must be a number");
        }
    }
}
