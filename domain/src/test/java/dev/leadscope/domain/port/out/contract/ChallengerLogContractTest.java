package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.monitor.ChallengerDecision;
import dev.leadscope.domain.monitor.ShadowScore;
import dev.leadscope.domain.monitor.Verdict;
import dev.leadscope.domain.port.out.ChallengerLog;
import dev.leadscope.domain.scoring.ModelVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ChallengerLog} must do; subclass once per adapter. */
public abstract class ChallengerLogContractTest {
    protected ChallengerLog log;
    protected WorkspaceId ws;
    private final ModelVersion challenger = new ModelVersion("m-2");
    private final ModelVersion champion = new ModelVersion("m-1");

    protected abstract ChallengerLog createLog();

    @BeforeEach
    void setUpLog() {
        log = createLog();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenDecisionsOfTwoWorkspaces_whenListed_thenOnlyTheWorkspacesNewestFirstWithFigures() {
        ChallengerDecision trained = new ChallengerDecision(ws, challenger, null, Verdict.TRAINED, T0, T0.plusSeconds(1),
                Map.of("rocAuc", 0.81), "after an alert on score_psi");
        ChallengerDecision promoted = new ChallengerDecision(ws, challenger, champion, Verdict.PROMOTED, T0.plusSeconds(86_400),
                T0.plusSeconds(86_401), Map.of("challengerAuc", 0.79, "championAuc", 0.7, "rows", 812.0), "beats the active model");
        log.record(trained);
        log.record(new ChallengerDecision(Fixtures.freshWorkspace(), challenger, champion, Verdict.KEPT, T0, T0, Map.of(), null));
        log.record(promoted);

        assertThat(log.decisions(ws, 10)).containsExactly(promoted, trained);
        assertThat(log.decisions(ws, 1)).containsExactly(promoted);
    }

    @Test
    void givenShadowScores_whenRead_thenPerChallengerNewestFirst() {
        ShadowScore a = new ShadowScore(ws, challenger, new LeadId("lead-1"), 0.25, T0);
        ShadowScore b = new ShadowScore(ws, challenger, new LeadId("lead-2"), 0.0, T0.plusSeconds(60));
        log.appendShadow(List.of(a, b, new ShadowScore(ws, champion, new LeadId("lead-1"), 0.5, T0)));
        log.appendShadow(List.of());

        assertThat(log.shadowScores(ws, challenger, 10)).containsExactly(b, a);
        assertThat(log.shadowScores(Fixtures.freshWorkspace(), challenger, 10)).isEmpty();
    }
}
