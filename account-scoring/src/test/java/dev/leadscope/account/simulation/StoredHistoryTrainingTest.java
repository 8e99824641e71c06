package dev.leadscope.account.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.account.AccountScoringService;
import dev.leadscope.account.AccountScoringSettings;
import dev.leadscope.account.probability.AccountModelTrainer;
import dev.leadscope.account.probability.CombinedAccountModel;
import dev.leadscope.account.training.AccountModelTrainingService;
import dev.leadscope.account.training.ActiveAccountModels;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryModelRegistry;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.in.InsufficientTrainingDataException;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.domain.port.out.AccountModelRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account model trained from stored history: a small simulated history is put into the in-memory stores, the
 * use case builds point-in-time account snapshots from them, trains, evaluates against the baselines, stores the
 * model, and the scoring service then scores with the active stored model and names it.
 */
class StoredHistoryTrainingTest {
    static final Instant NOW = Instant.parse("2025-03-01T00:00:00Z");
    static final WorkspaceId WS = SimulatedHistory.WORKSPACE;
    static final InMemoryLeads LEADS = new InMemoryLeads();
    static final InMemoryAccounts ACCOUNTS = new InMemoryAccounts();
    static final InMemoryActivityEvents EVENTS = new InMemoryActivityEvents();
    static final InMemoryLeadScores SCORES = new InMemoryLeadScores();
    static final InMemoryOutcomes OUTCOMES = new InMemoryOutcomes();
    static SimulatedHistory history;

    @BeforeAll
    static void storeSimulatedHistory(@TempDir Path dir) {
        history = SimulatedHistory.generate(300, 5, dir);
        for (AccountId account : history.leadsByAccount.keySet()) {
            ACCOUNTS.save(Fixtures.anAccount(WS, account.value()).createdAt(Instant.parse("2023-12-01T00:00:00Z")).build());
        }
        LEADS.saveAll(new ArrayList<>(history.leads.values()));
        List<ActivityEvent> all = new ArrayList<>();
        history.events.values().forEach(all::addAll);
        EVENTS.appendAbsent(all);
        Csv.read(dir.resolve("outcomes.csv"), r -> OUTCOMES.save(Fixtures.outcome(WS, r.get("outcome_id"),
                new LeadId(r.get("lead_id")), OutcomeKind.parse(r.get("kind")), Instant.parse(r.get("occurred_at")))));
    }

    static AccountModelTrainingService service(AccountModelRegistry registry, AccountModelTrainer.Settings settings,
                                               ActiveAccountModels active) {
        return service(registry, settings, active, SCORES);
    }

    static AccountModelTrainingService service(AccountModelRegistry registry, AccountModelTrainer.Settings settings,
                                               ActiveAccountModels active, InMemoryLeadScores scores) {
        return new AccountModelTrainingService(LEADS, ACCOUNTS, EVENTS, scores, OUTCOMES, registry, AccountScoringSettings.defaults(),
                settings, Clock.fixed(NOW, ZoneOffset.UTC), active::forget);
    }

    @Test
    void givenSimulatedHistoryInTheStores_whenTrainedAndActivated_thenTheLearnedModelIsStoredEvaluatedAndScores() {
        AccountModelRegistry registry = AccountModelRegistry.keptIn(new InMemoryModelRegistry());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ActiveAccountModels active = new ActiveAccountModels(registry, CombinedAccountModel.defaults(), Duration.ofMinutes(5), clock);
        AccountScoringService scoring = new AccountScoringService(LEADS, ACCOUNTS, EVENTS, SCORES, OUTCOMES, clock,
                AccountScoringSettings.defaults(), active);
        AccountId some = history.leadsByAccount.keySet().iterator().next();
        assertThat(scoring.score(WS, some).modelVersion()).isNull();
        List<String> steps = new ArrayList<>();

        TrainAccountModelUseCase.Result r = service(registry, AccountModelTrainer.Settings.defaults(), active)
                .train(new TrainAccountModelUseCase.Command(WS, 90, 14, true), (m, f) -> steps.add(m));

        assertThat(r.method()).isEqualTo("learned");
        assertThat(r.snapshots()).isGreaterThan(400);
        assertThat(r.converted()).isGreaterThanOrEqualTo(40);
        assertThat(r.metrics()).containsKeys("auc", "brier", "log_loss", "ece", "best_member_auc", "combined_auc", "combined_ece");
        assertThat(r.metrics().get("auc")).isGreaterThan(0.7);
        assertThat(r.metrics().get("ece")).isLessThan(r.metrics().get("combined_ece"));
        assertThat(r.report()).contains("| this model (learned)", "| best member's score", "| combined, defaults");
        assertThat(r.model().provenance()).containsEntry("kind", "account").containsKey("data_fingerprint")
                .containsEntry("snapshots_with_member_scores", "0");
        assertThat(r.report()).contains("so the members' scores carry nothing here");
        assertThat(steps).first().isEqualTo("reading stored history");
        assertThat(steps).last().isEqualTo("done");
        assertThat(registry.active(WS)).contains(r.model().version());

        AccountScore score = scoring.score(WS, some);
        assertThat(score.method()).isEqualTo(AccountScore.Method.LEARNED);
        assertThat(score.modelVersion()).isEqualTo(r.model().version());
    }

    @Test
    void givenFewerOutcomesThanLearningNeeds_whenTrained_thenTheCalibratedCombinationIsStored() {
        AccountModelRegistry registry = AccountModelRegistry.keptIn(new InMemoryModelRegistry());
        ActiveAccountModels active = new ActiveAccountModels(registry, CombinedAccountModel.defaults(), Duration.ZERO, Clock.systemUTC());
        AccountModelTrainer.Settings strict = new AccountModelTrainer.Settings(1_000_000, 100_000, 50, 5, 1.0, 0.25,
                CombinedAccountModel.defaults());

        TrainAccountModelUseCase.Result r = service(registry, strict, active).train(new TrainAccountModelUseCase.Command(WS, 90, 14, false),
                TrainAccountModelUseCase.Progress.NONE);

        assertThat(r.method()).isEqualTo("combined");
        assertThat(r.why()).contains("calibrated", "learning needs 1000000");
        assertThat(r.activated()).isFalse();
        assertThat(registry.active(WS)).isEmpty();
        assertThat(registry.list(WS)).hasSize(1);
    }

    @Test
    void givenStoredScoreHistories_whenTrained_thenSnapshotsCarryTheScoresKnownBeforeThem() {
        InMemoryLeadScores scored = new InMemoryLeadScores();
        for (Lead lead : history.leads.values()) {
            scored.append(Fixtures.score(WS, lead.id(), 0.04, Instant.parse("2024-06-01T00:00:00Z")));
        }
        AccountModelRegistry registry = AccountModelRegistry.keptIn(new InMemoryModelRegistry());
        ActiveAccountModels active = new ActiveAccountModels(registry, CombinedAccountModel.defaults(), Duration.ZERO, Clock.systemUTC());

        TrainAccountModelUseCase.Result r = service(registry, AccountModelTrainer.Settings.defaults(), active, scored)
                .train(new TrainAccountModelUseCase.Command(WS, 90, 14, false), TrainAccountModelUseCase.Progress.NONE);

        long withScores = Long.parseLong(r.model().provenance().get("snapshots_with_member_scores"));
        assertThat(withScores).as("only the snapshots after 1 June see a score").isPositive().isLessThan(r.snapshots());
    }

    @Test
    void givenRecomputationAsked_whenTrained_thenMembersWithoutStoredScoresAreScoredAsOfEachSnapshot() {
        AccountModelRegistry registry = AccountModelRegistry.keptIn(new InMemoryModelRegistry());
        ActiveAccountModels active = new ActiveAccountModels(registry, CombinedAccountModel.defaults(), Duration.ZERO, Clock.systemUTC());
        java.util.Set<Instant> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ScoreLeadUseCase pointInTime = new ScoreLeadUseCase() {
            @Override
            public LeadScore score(WorkspaceId workspace, LeadId lead) {
                throw new AssertionError("training must not store scores");
            }

            @Override
            public LeadScore scoreAsOf(WorkspaceId workspace, LeadId lead, Instant asOf) {
                asked.add(asOf);
                Instant from = asOf.minus(Duration.ofDays(28));
                long recent = history.events.getOrDefault(lead, List.of()).stream()
                        .filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(asOf)).count();
                return Fixtures.score(workspace, lead, Math.min(0.9, 0.01 + recent / 100.0), asOf);
            }

            @Override
            public List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit) {
                return List.of();
            }
        };
        AccountModelTrainingService service = new AccountModelTrainingService(LEADS, ACCOUNTS, EVENTS, new InMemoryLeadScores(), OUTCOMES,
                registry, AccountScoringSettings.defaults(), AccountModelTrainer.Settings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC),
                active::forget, pointInTime);

        TrainAccountModelUseCase.Result r = service.train(new TrainAccountModelUseCase.Command(WS, 90, 14, false, true),
                TrainAccountModelUseCase.Progress.NONE);

        assertThat(r.model().provenance().get("snapshots_with_member_scores")).isEqualTo(Integer.toString(r.snapshots()));
        assertThat(asked).allMatch(t -> t.atZone(ZoneOffset.UTC).getDayOfWeek() == java.time.DayOfWeek.MONDAY);
        assertThat(r.metrics().get("best_member_auc")).as("recent activity ranks accounts").isGreaterThan(0.6);
        assertThatThrownBy(() -> service(registry, AccountModelTrainer.Settings.defaults(), active)
                .train(new TrainAccountModelUseCase.Command(WS, 90, 14, false, true), TrainAccountModelUseCase.Progress.NONE))
                .hasMessageContaining("recomputeMemberScores needs a lead scorer");
    }

    @Test
    void givenAnEmptyWorkspace_whenTrained_thenNotEnoughDataNamesTheCounts() {
        AccountModelRegistry registry = AccountModelRegistry.keptIn(new InMemoryModelRegistry());
        ActiveAccountModels active = new ActiveAccountModels(registry, CombinedAccountModel.defaults(), Duration.ZERO, Clock.systemUTC());
        WorkspaceId empty = Fixtures.freshWorkspace();

        assertThatThrownBy(() -> service(registry, AccountModelTrainer.Settings.defaults(), active)
                .train(new TrainAccountModelUseCase.Command(empty, 90, 14, true), TrainAccountModelUseCase.Progress.NONE))
                .isInstanceOf(InsufficientTrainingDataException.class)
                .hasMessageContaining("need at least 5 converted and 45 not converted examples, found 0 converted");
        assertThat(registry.list(empty)).isEmpty();
    }
}
