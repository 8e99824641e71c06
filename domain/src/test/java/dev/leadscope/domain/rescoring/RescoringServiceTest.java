package dev.leadscope.domain.rescoring;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.account.Surge;
import dev.leadscope.domain.bant.BantCriterion;
import dev.leadscope.domain.bant.BantStatus;
import dev.leadscope.domain.bant.CriterionAssessment;
import dev.leadscope.domain.bant.NextAction;
import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.bant.Readiness;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryRescoringStates;
import dev.leadscope.domain.fixtures.SettableClock;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.notify.Notification;
import dev.leadscope.domain.port.in.QualifyLeadUseCase;
import dev.leadscope.domain.port.in.ScoreAccountUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.out.RescoringStates;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.scoring.ModelVersion;
import dev.leadscope.domain.scoring.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real-time rescoring stores each lead's state, and an account's only when its stage or surge moved. */
class RescoringServiceTest {
    private static final WorkspaceId WS = new WorkspaceId("default");
    private static final AccountId ACME = new AccountId("acme");

    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryRescoringStates stored = new InMemoryRescoringStates();
    private final List<List<AccountState>> accountWrites = new ArrayList<>();
    private final List<Notification> published = new ArrayList<>();
    private BuyingStage stage = BuyingStage.AWARENESS;

    private final RescoringStates states = new RescoringStates() {
        @Override
        public Map<LeadId, LeadState> leads(WorkspaceId workspace, Collection<LeadId> ids) {
            return stored.leads(workspace, ids);
        }

        @Override
        public void saveLeads(WorkspaceId workspace, Collection<LeadState> saved) {
            stored.saveLeads(workspace, saved);
        }

        @Override
        public Map<AccountId, AccountState> accounts(WorkspaceId workspace, Collection<AccountId> ids) {
            return stored.accounts(workspace, ids);
        }

        @Override
        public void saveAccounts(WorkspaceId workspace, Collection<AccountState> saved) {
            accountWrites.add(List.copyOf(saved));
            stored.saveAccounts(workspace, saved);
        }
    };

    private final ScoreLeadUseCase scoring = new ScoreLeadUseCase() {
        @Override
        public LeadScore score(WorkspaceId workspace, LeadId lead) {
            return LeadScore.withoutReasons(workspace, lead, new ConversionProbability(0.4), null, null, Tier.MEDIUM,
                    new ModelVersion("m-1"), T0, 90);
        }

        @Override
        public LeadScore scoreAsOf(WorkspaceId workspace, LeadId lead, Instant asOf) {
            return score(workspace, lead);
        }

        @Override
        public List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit) {
            return List.of();
        }
    };

    private final QualifyLeadUseCase qualification = new QualifyLeadUseCase() {
        @Override
        public Qualification qualify(WorkspaceId workspace, LeadId lead) {
            Map<BantCriterion, CriterionAssessment> bant = new EnumMap<>(BantCriterion.class);
            for (BantCriterion c : BantCriterion.values()) {
                bant.put(c, new CriterionAssessment(c, BantStatus.UNKNOWN, List.of()));
            }
            return new Qualification(workspace, lead, new ConversionProbability(0.4), Tier.MEDIUM, bant, Readiness.NURTURE,
                    NextAction.NURTURE, "a middling score", stage, null, T0);
        }

        @Override
        public Qualification qualifyAndAssign(WorkspaceId workspace, LeadId lead, List<RepLoad> roster) {
            return qualify(workspace, lead);
        }
    };

    private final ScoreAccountUseCase accounts = (workspace, account) -> new AccountScore(workspace, account,
            new ConversionProbability(0.3), AccountScore.Method.COMBINED, Map.of(), Map.of(), stage, new Surge(1, 1, 1, false),
            List.of(), List.of(), T0);

    private final RescoringService rescoring = new RescoringService(scoring, qualification, accounts, leads, states,
            published::addAll, new ChangeDetector(List.of()), new SettableClock(T0));

    @Test
    void givenAnAccountWhoseStageDidNotMove_whenItsLeadIsRescoredAgain_thenItsStateIsNotWrittenAgain() {
        Lead lead = aLead(WS, "l1").account(ACME).build();
        leads.save(lead);

        RescoringService.Outcome first = rescoring.rescore(WS, List.of(lead.id()));
        RescoringService.Outcome second = rescoring.rescore(WS, List.of(lead.id()));

        assertThat(first.accounts()).isEqualTo(1);
        assertThat(second.accounts()).isEqualTo(1);
        assertThat(accountWrites).containsExactly(List.of(new AccountState(ACME, BuyingStage.AWARENESS, false)), List.of());
        assertThat(stored.accounts(WS, List.of(ACME))).containsEntry(ACME, new AccountState(ACME, BuyingStage.AWARENESS, false));
    }

    @Test
    void givenAnAccountWhoseStageMoved_whenItsLeadIsRescored_thenTheNewStateIsWrittenAndTold() {
        Lead lead = aLead(WS, "l1").account(ACME).build();
        leads.save(lead);
        rescoring.rescore(WS, List.of(lead.id()));
        published.clear();

        stage = BuyingStage.DECISION;
        rescoring.rescore(WS, List.of(lead.id()));

        assertThat(accountWrites).last().isEqualTo(List.of(new AccountState(ACME, BuyingStage.DECISION, false)));
        assertThat(stored.accounts(WS, List.of(ACME))).containsEntry(ACME, new AccountState(ACME, BuyingStage.DECISION, false));
        assertThat(published).containsExactly(new Notification.AccountStageChanged(WS, ACME, BuyingStage.AWARENESS, BuyingStage.DECISION, T0));
    }
}
