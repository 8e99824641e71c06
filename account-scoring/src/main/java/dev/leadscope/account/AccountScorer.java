package dev.leadscope.account;

import dev.leadscope.account.committee.Committee;
import dev.leadscope.account.committee.CommitteeAnalyzer;
import dev.leadscope.account.committee.CommitteeAnalyzer.RoleEvent;
import dev.leadscope.account.probability.AccountModelSource;
import dev.leadscope.account.probability.AccountProbabilityModel;
import dev.leadscope.account.probability.AccountSnapshot;
import dev.leadscope.account.probability.RecentActivity;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.account.Surge;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.scoring.ConversionProbability;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pure core of account scoring: from an account's members, their events and probabilities at a moment, builds
 * the snapshot (committee, stage, surge) and scores it. Uses only what was known before that moment, so the same
 * code builds training snapshots from history and serves live scores. Thread-safe.
 */
public final class AccountScorer {
    private final AccountScoringSettings settings;
    private final CommitteeAnalyzer analyzer;

    public AccountScorer(AccountScoringSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.analyzer = new CommitteeAnalyzer(settings.committee());
    }

    /**
     * @param memberProbabilities the latest probability of each scored member known at {@code asOf}
     * @param won                 whether the account had won a deal by {@code asOf}
     */
    public AccountSnapshot snapshot(AccountId account, List<Lead> members, Map<LeadId, List<ActivityEvent>> events,
                                    Map<LeadId, Double> memberProbabilities, boolean won, Instant asOf) {
        List<RoleEvent> recent = CommitteeAnalyzer.roleEvents(members, events,
                asOf.minus(Duration.ofDays(settings.committee().lookbackDays())), asOf);
        Committee committee = analyzer.analyze(members, events, asOf, recent);
        BuyingStage stage = settings.stage().stage(committee, recent, won, asOf);
        Surge surge = settings.surge().surge(recent, asOf);
        List<Double> probabilities = new ArrayList<>();
        for (Lead m : members) {
            Double p = memberProbabilities.get(m.id());
            if (p != null && !m.createdAt().isAfter(asOf)) {
                probabilities.add(p);
            }
        }
        return new AccountSnapshot(account, asOf, committee, stage, surge, RecentActivity.of(recent, asOf), probabilities);
    }

    public AccountScore score(WorkspaceId workspace, AccountSnapshot s, AccountProbabilityModel model) {
        return score(workspace, s, new AccountModelSource.Choice(model, null));
    }

    /** Scores with the chosen model; the score names the stored version it came from, if any. */
    public AccountScore score(WorkspaceId workspace, AccountSnapshot s, AccountModelSource.Choice choice) {
        Committee c = s.committee();
        AccountProbabilityModel model = choice.model();
        return new AccountScore(workspace, s.account(), new ConversionProbability(model.probability(s)), model.method(),
                c.coverage(), c.engagement(), s.stage(), s.surge(),
                c.patterns().stream().map(Committee.PatternMatch::describe).toList(), c.missingRoles(), s.asOf(),
                choice.version());
    }
}
