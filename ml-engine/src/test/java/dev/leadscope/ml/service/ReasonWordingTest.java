package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.SnapshotFeatures;
import dev.leadscope.ml.snapshot.SnapshotSpec;
import dev.leadscope.ml.tabular.ColumnType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reasons read as a rep would say them: no snapshot column's raw name reaches the words, whatever its value. */
class ReasonWordingTest {

    @Test
    void everySnapshotColumnOfASimulatedWorkspace_isWordedWithoutItsRawName() {
        SimulatedWorkspace sim = SimulatedWorkspace.of(300, 1);
        List<LeadHistory> histories = new HistoryLoader(sim.data).all(SimulatedWorkspace.WS, n -> { });
        SnapshotFeatures features = new SnapshotFeatures(SnapshotSpec.learn(histories, 40, 20));
        List<String> names = features.columns().names();
        List<ColumnType> types = features.columns().types();
        List<String> raw = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            List<String> cells = types.get(c) == ColumnType.NUMBER ? Arrays.asList("0", "1", "12.55", "-3", null)
                    : Arrays.asList("Software", "series_b", null);
            for (String cell : cells) {
                for (double effect : new double[] {0.3, -0.3}) {
                    String text = ReasonWording.describe(names.get(c), cell, effect);
                    if (text.matches(".*[A-Za-z]\\.[a-z].*") || text.contains("_") || text.isBlank()) {
                        raw.add(names.get(c) + " = " + cell + " -> " + text);
                    }
                }
            }
        }

        assertThat(names).contains("acct.ev.all.n7", "acct.journey.case_study_then_pricing_days", "acct.economic_buyer_days");
        assertThat(raw).isEmpty();
    }

    @Test
    void accountColumns_saySoInWords() {
        assertThat(ReasonWording.describe("acct.ev.page_view:pricing.n7", "3", 0.2))
                .isEqualTo("Buying committee: Page view (pricing) 3 times in the last 7 days");
        assertThat(ReasonWording.describe("acct.ev.page_view:pricing.decayed", "0.44", 0.3))
                .isEqualTo("Recent page view (pricing) across the buying committee");
        assertThat(ReasonWording.describe("acct.journey.case_study_then_pricing_days", "12.55", 0.2))
                .isEqualTo("A committee member read a case study, then viewed pricing, 13 days ago");
        assertThat(ReasonWording.describe("acct.journey.case_study_then_pricing_days", "0.2", 0.2))
                .isEqualTo("A committee member read a case study, then viewed pricing, less than a day ago");
        assertThat(ReasonWording.describe("acct.economic_buyer_days", null, -0.03))
                .isEqualTo("No economic buyer among the account's leads yet");
        assertThat(ReasonWording.describe("acct.role.technical_evaluator", "3", -0.08))
                .isEqualTo("Buying committee members in the technical evaluator role: 3");
        assertThat(ReasonWording.describe("acct.leads_active_7d", null, 0.1)).isEqualTo("Buying committee: not known");
        assertThat(ReasonWording.describe("team.won_before", "1", 0.4)).isEqualTo("1 deal already won with colleagues at the account");
        assertThat(ReasonWording.describe("intent.max_4w", "82", 0.2)).isEqualTo("Account research intent peaked at 82 in the last 4 weeks");
        assertThat(ReasonWording.describe("intent.latest_mean", null, 0.1)).isEqualTo("No account research intent on record");
        assertThat(ReasonWording.describe("fiscal.quarter_end_month", "1", 0.1))
                .isEqualTo("The account's fiscal quarter ends this month");
    }

    @Test
    void theLeadsOwnColumns_keepTheirWording() {
        assertThat(ReasonWording.describe("ev.page_view:pricing.n7", "3", 0.2)).isEqualTo("Page view (pricing) 3 times in the last 7 days");
        assertThat(ReasonWording.describe("ev.all.recency_days", "45", -0.2)).isEqualTo("No activity for 45 days");
        assertThat(ReasonWording.describe("ev.all.recency_days", "0.1", 0.2)).isEqualTo("Last activity less than a day ago");
        assertThat(ReasonWording.describe("ev.page_view:pricing.recency_days", "1", 0.2)).isEqualTo("Last page view (pricing) 1 day ago");
        assertThat(ReasonWording.describe("industry", "Software", 0.1)).isEqualTo("Industry: Software");
        assertThat(ReasonWording.describe("ev.distinct_types_30d", "4", 0.1)).isEqualTo("4 kinds of activity in the last 30 days");
    }
}
