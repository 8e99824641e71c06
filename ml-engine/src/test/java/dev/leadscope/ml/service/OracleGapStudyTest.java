package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The decomposition of the oracle gap in docs/models.md, rerun: the hidden stage as a test-only column lifts the trees
 * far above the snapshot features on every seed, the best stage estimate the observable signals allow adds little to
 * them, and the calibration keeps the trees' ranking. Slow (about 5 s a fit on 1,500 accounts, 30 s on 12,000), so it
 * runs only when asked: {@code -DoracleGap.study=true} (variants with {@code -Dstudy.variants}).
 */
@EnabledIfSystemProperty(named = "oracleGap.study", matches = "true")
class OracleGapStudyTest {
    @Test
    void givenTheHiddenStageAsAColumn_whenTrained_thenTheTreesGainMostOfTheGapOnEverySeed() {
        String variants = System.getProperty("study.variants", "baseline,state,stage_filter");
        Map<String, List<OracleGapStudy.Result>> r = OracleGapStudy.run(Integer.getInteger("oracleGap.accounts", 1500),
                Set.of(variants.split(",")), new long[] {7, 11, 13});

        List<OracleGapStudy.Result> base = r.get("baseline");
        List<OracleGapStudy.Result> state = r.get("state");
        List<OracleGapStudy.Result> filtered = r.get("stage_filter");
        double filterLift = 0;
        for (int i = 0; i < base.size(); i++) {
            // +0.030 to +0.047 at 1,500 accounts, +0.018 to +0.020 at 12,000 (docs/models.md)
            if (state != null) {
                assertThat(state.get(i).auc()).isGreaterThan(base.get(i).auc() + 0.015);
            }
            if (filtered != null) {
                filterLift += (filtered.get(i).auc() - base.get(i).auc()) / base.size();
            }
            // interpolated isotonic calibration does not throw the ranking away
            assertThat(base.get(i).auc()).isGreaterThan(base.get(i).rawAuc() - 0.002);
        }
        // +0.0023 at 1,500 accounts and +0.0015 at 12,000 when written: the features already show what the signals
        // can tell of the stage; a larger lift would mean the features lost some of it
        assertThat(filterLift).isLessThan(0.01);
    }
}
