package dev.leadscope.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leadscope.account.probability.CombinedAccountModel;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.AccountScore;
import dev.leadscope.domain.account.BuyingStage;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryOutcomes;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.in.AccountNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountScoringServiceTest {
    static final Instant NOW = Instant.parse("2024-06-03T09:00:00Z");
    final WorkspaceId ws = Fixtures.freshWorkspace();
    final InMemoryLeads leads = new InMemoryLeads();
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final InMemoryActivityEvents events = new InMemoryActivityEvents();
    final InMemoryLeadScores scores = new InMemoryLeadScores();
    final InMemoryOutcomes outcomes = new InMemoryOutcomes();
    final AccountId acme = new AccountId("acc-1");
    AccountScoringService service;
    int ids;

    @BeforeEach
    void setUp() {
        service = new AccountScoringService(leads, accounts, events, scores, outcomes, Clock.fixed(NOW, ZoneOffset.UTC),
                AccountScoringSettings.defaults(), CombinedAccountModel::defaults);
        accounts.save(Fixtures.anAccount(ws, "acc-1").createdAt(NOW.minus(Duration.ofDays(400))).build());
    }

    Lead lead(String id, String title) {
        Lead l = new Lead(ws, new LeadId(id), acme, null, null, null, title, new TitlePolicy().classify(title), null, null,
                NOW.minus(Duration.ofDays(40)), null, null);
        leads.save(l);
        return l;
    }

    void event(Lead lead, EventType type, String category, int daysAgo) {
        events.appendAbsent(List.of(new ActivityEvent(ws, new EventId("e" + ++ids), lead.id(), type, category,
                NOW.minus(Duration.ofDays(daysAgo)), null)));
    }

    @Test
    void givenACommitteeWithScoresAndActivity_whenScored_thenCoverageEngagementStageAndMissingRolesAreReported() {
        Lead eng = lead("l1", "Staff Engineer");
        Lead cfo = lead("l2", "CFO");
        event(eng, EventType.INTEGRATION_CONNECTED, null, 9);
        event(eng, EventType.MEETING_BOOKED, null, 5);
        event(cfo, EventType.PAGE_VIEW, "pricing", 3);
        scores.append(Fixtures.score(ws, eng.id(), 0.08, NOW.minus(Duration.ofDays(1))));
        scores.append(Fixtures.score(ws, cfo.id(), 0.03, NOW.minus(Duration.ofDays(1))));
        AccountScore s = service.score(ws, acme);
        assertThat(s.method()).isEqualTo(AccountScore.Method.COMBINED);
        assertThat(s.coverage()).containsEntry(CommitteeRole.TECHNICAL_EVALUATOR, 1).containsEntry(CommitteeRole.ECONOMIC_BUYER, 1);
        assertThat(s.engagement().get(CommitteeRole.ECONOMIC_BUYER)).isCloseTo(3 * Math.pow(0.5, 3 / 14.0), within(1e-9));
        assertThat(s.stage()).isEqualTo(BuyingStage.DECISION);
        assertThat(s.patterns()).singleElement().asString().startsWith("technical evaluation then finance viewing pricing");
        assertThat(s.missingRoles()).containsExactly(CommitteeRole.EXECUTIVE_SPONSOR, CommitteeRole.CHAMPION);
        assertThat(s.probability().value()).isGreaterThan(0.08);
        assertThat(s.scoredAt()).isEqualTo(NOW);
    }

    @Test
    void givenAWonDeal_whenScored_thenThePurchaseStage() {
        Lead champion = lead("l1", "Marketing Manager");
        outcomes.save(Fixtures.outcome(ws, "o1", champion.id(), OutcomeKind.WON, NOW.minus(Duration.ofDays(2))));
        assertThat(service.score(ws, acme).stage()).isEqualTo(BuyingStage.PURCHASE);
    }

    @Test
    void givenAnAccountWithoutLeads_whenScored_thenThePriorAndEveryRoleMissing() {
        AccountScore s = service.score(ws, acme);
        assertThat(s.probability().value()).isCloseTo(0.02, within(1e-9));
        assertThat(s.stage()).isEqualTo(BuyingStage.AWARENESS);
        assertThat(s.missingRoles()).hasSize(4);
        assertThat(s.surge().surging()).isFalse();
    }

    @Test
    void givenAnUnknownAccount_whenScored_thenAccountNotFound() {
        assertThatThrownBy(() -> service.score(ws, new AccountId("nope"))).isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void givenManyAccountsWithEventsInAndOutOfTheWindowAndOutcomes_whenScoredInBulk_thenEachEqualsScoringItAlone() {
        List<AccountId> all = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        List<String> titles = List.of("CFO", "Staff Engineer", "VP Marketing", "Intern", "Head of Procurement");
        for (int a = 0; a < 15; a++) {
            AccountId account = new AccountId("bulk-" + a);
            accounts.save(Fixtures.anAccount(ws, account.value()).createdAt(NOW.minus(Duration.ofDays(400))).build());
            all.add(account);
            for (int m = 0; m < random.nextInt(5); m++) {
                String title = titles.get(random.nextInt(titles.size()));
                Lead l = new Lead(ws, new LeadId(account.value() + "-" + m), account, null, null, null, title,
                        new TitlePolicy().classify(title), null, null, NOW.minus(Duration.ofDays(200)), null, null);
                leads.save(l);
                for (int e = 0; e < random.nextInt(12); e++) {
                    event(l, random.nextBoolean() ? EventType.PAGE_VIEW : EventType.MEETING_BOOKED,
                            random.nextBoolean() ? "pricing" : null, random.nextInt(150));
                }
                if (random.nextInt(3) == 0) {
                    scores.append(Fixtures.score(ws, l.id(), random.nextDouble() * 0.3, NOW.minus(Duration.ofDays(1))));
                }
                if (random.nextInt(6) == 0) {
                    outcomes.save(Fixtures.outcome(ws, "o-" + ++ids, l.id(), dev.leadscope.domain.outcome.OutcomeKind.WON,
                            NOW.minus(Duration.ofDays(random.nextInt(30)))));
                }
            }
        }

        List<AccountScore> bulk = service.scoreAll(ws, all);

        assertThat(bulk).hasSize(all.size());
        for (int i = 0; i < all.size(); i++) {
            assertThat(bulk.get(i)).isEqualTo(service.score(ws, all.get(i)));
        }
        assertThat(bulk.stream().map(AccountScore::stage).distinct().count()).isGreaterThan(1);
    }
}
