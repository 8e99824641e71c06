package dev.leadscope.ml.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The decomposition of the oracle gap in docs/models.md, rerun: the hidden stage as a test-only column lifts the trees
 * far above the snapshot features on every seed, and the calibration keeps the trees' ranking. Slow (about 20 s a fit
 * on 1,500 accounts), so it runs only when asked: {@code -DoracleGap.study=true} (variants with {@code -Dstudy.variants}).
 */
@EnabledIfSystemProperty(named = "oracleGap.study", matches = "true")
class OracleGapStudyTest {
    @Test
    void givenTheHiddenStageAsAColumn_whenTrained_thenTheTreesGainMostOfTheGapOnEverySeed() {
        String variants = System.getProperty("study.variants", "baseline,state");
        Map<String, List<OracleGapStudy.Result>> r = OracleGapStudy.run(Integer.getInteger("oracleGap.accounts", 1500),
                Set.of(variants.split(",")), new long[] {7, 11, 13});

        List<OracleGapStudy.Result> base = r.get("baseline");
        List<OracleGapStudy.Result> state = r.get("state");
        for (int i = 0; i < base.size(); i++) {
            // 0.839 against 0.892 on average when written (docs/models.md)
            if (state != null) {
                assertThat(state.get(i).auc()).isGreaterThan(base.get(i).auc() + 0.02);
            }
            // interpolated isotonic calibration does not throw the ranking away
            assertThat(base.get(i).auc()).isGreaterThan(base.get(i).rawAuc() - 0.002);
        }
    }
}
