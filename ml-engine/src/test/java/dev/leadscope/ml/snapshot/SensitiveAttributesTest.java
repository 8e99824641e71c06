package dev.leadscope.ml.snapshot;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.common.AttributeValue;
import dev.leadscope.domain.common.CustomAttributes;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.privacy.SensitiveAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom attributes named sensitive get no column, so neither training nor scoring ever reads them. */
class SensitiveAttributesTest {
    private static final WorkspaceId WS = Fixtures.freshWorkspace();
    private static final Instant T = Instant.parse("2024-06-10T00:00:00Z");

    @Test
    void givenSensitiveNames_whenSpecLearned_thenThoseAttributesHaveNoColumnAndNoCellWhileOthersStay() {
        Account account = anAccount(WS, "acc-1").attributes(new CustomAttributes(Map.of(
                "ownership", new AttributeValue.CategoryValue("family"),
                "tier", new AttributeValue.CategoryValue("gold")))).build();
        Lead lead = aLead(WS, "lead-1").account("acc-1").createdAt(T.minusSeconds(86_400)).attributes(new CustomAttributes(Map.of(
                "gender", new AttributeValue.CategoryValue("f"),
                "date_of_birth", new AttributeValue.TimestampValue(Instant.parse("1980-01-01T00:00:00Z")),
                "plan", new AttributeValue.CategoryValue("Enterprise")))).build();
        LeadHistory history = new LeadHistory(lead, account, List.of(), null, null, null, null);

        SnapshotSpec all = SnapshotSpec.learn(List.of(history), 10, 1);
        SnapshotSpec safe = all.without(SensitiveAttributes.of(List.of("Gender", "DATE_OF_BIRTH", "ownership", " ")));

        assertThat(all.columns().names()).contains("attr.lead.gender", "attr.lead.date_of_birth", "attr.account.ownership");
        assertThat(safe.columns().names()).doesNotContain("attr.lead.gender", "attr.lead.date_of_birth", "attr.account.ownership")
                .contains("attr.lead.plan", "attr.account.tier");
        SnapshotFeatures features = new SnapshotFeatures(safe);
        Map<String, String> row = features.asMap(features.row(history, T));
        assertThat(row).doesNotContainKeys("attr.lead.gender", "attr.lead.date_of_birth", "attr.account.ownership")
                .containsEntry("attr.lead.plan", "Enterprise");
        assertThat(row.values()).doesNotContain("f", "family");
    }
}
