package dev.leadscope.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.account.FundingStage;
import dev.leadscope.domain.account.Technographics;
import dev.leadscope.domain.bant.Qualification;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.fixtures.InMemoryAccounts;
import dev.leadscope.domain.fixtures.InMemoryActivityEvents;
import dev.leadscope.domain.fixtures.InMemoryIntentSignals;
import dev.leadscope.domain.fixtures.InMemoryLeadScores;
import dev.leadscope.domain.fixtures.InMemoryLeads;
import dev.leadscope.domain.fixtures.InMemoryNotes;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.TitlePolicy;
import dev.leadscope.domain.note.Note;
import dev.leadscope.domain.note.NoteId;
import dev.leadscope.domain.scoring.LeadScore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Qualifying many leads from bulk reads gives each lead the qualification that qualifying it alone gives. */
class BulkQualificationTest {
    private static final Instant NOW = Instant.parse("2024-10-15T10:00:00Z");
    private static final List<String> TITLES = List.of("CFO", "VP Marketing", "Marketing Manager", "Head of Sales Ops",
            "Chief Revenue Officer", "Intern", "Director of Finance");
    private static final List<String> NOTES = List.of("We need better lead routing. Decision by end of quarter.",
            "No budget this year.", "Budget approved, go live in 6 weeks.", "Just researching, maybe next quarter.",
            "Must have SOC 2 report.", "Not the decision maker; loop in the CFO.");

    private final WorkspaceId ws = Fixtures.freshWorkspace();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryActivityEvents events = new InMemoryActivityEvents();
    private final InMemoryIntentSignals intent = new InMemoryIntentSignals();
    private final InMemoryNotes notes = new InMemoryNotes();
    private final InMemoryLeadScores scores = new InMemoryLeadScores();

    @Test
    void givenLeadsWithEventsNotesIntentAndBuyersInAndOutOfTheirWindows_whenQualifiedInBulk_thenEachEqualsQualifyingItAlone() {
        QualificationService service = new QualificationService(leads, accounts, events, intent, notes, scores,
                null, Clock.fixed(NOW, ZoneOffset.UTC), QualificationSettings.defaults());
        Random random = new Random(7);
        List<LeadScore> latest = new ArrayList<>();
        int ids = 0;
        for (int a = 0; a < 25; a++) {
            AccountId account = new AccountId("acc-" + a);
            accounts.save(new Account(ws, account, "Account " + a, null, new Firmographics("Software", 50 + a * 40, 1e6 * a,
                    null, null, null, FundingStage.SERIES_B, null, null, null, null, null), Technographics.NONE, null, null,
                    NOW.minus(Duration.ofDays(400))));
            for (int w = 0; w < 20; w++) {
                intent.record(Fixtures.intent(ws, account, "topic-" + (w % 3), LocalDate.of(2024, 6, 3).plusWeeks(w),
                        random.nextInt(101)));
            }
            for (int m = 0; m < 1 + random.nextInt(5); m++) {
                String title = TITLES.get(random.nextInt(TITLES.size()));
                Lead lead = new Lead(ws, new LeadId("l-" + a + "-" + m), a % 7 == 6 ? null : account, "Kim", "Lee", null, title,
                        new TitlePolicy().classify(title), null, null, NOW.minus(Duration.ofDays(200)), null, null);
                leads.save(lead);
                for (int e = 0; e < random.nextInt(40); e++) {
                    events.appendAbsent(List.of(Fixtures.anEvent(ws, "e-" + ids++, lead.id())
                            .type(random.nextBoolean() ? EventType.PAGE_VIEW : EventType.EMAIL_OPEN)
                            .category(random.nextInt(4) == 0 ? "pricing" : null)
                            .at(NOW.minus(Duration.ofHours(random.nextInt(24 * 150)))).build()));
                }
                for (int n = 0; n < random.nextInt(4); n++) {
                    notes.save(new Note(ws, new NoteId("n-" + ids++), lead.id(), "call", "rep.anna",
                            NOTES.get(random.nextInt(NOTES.size())), NOW.minus(Duration.ofDays(random.nextInt(200)))));
                }
                LeadScore score = Fixtures.score(ws, lead.id(), random.nextDouble() * 0.2, NOW.minus(Duration.ofMinutes(1)));
                scores.append(score);
                latest.add(score);
            }
        }
        latest.add(Fixtures.score(ws, new LeadId("erased"), 0.5, NOW));

        Map<LeadId, Qualification> bulk = service.qualifyAll(ws, latest);

        assertThat(bulk).hasSize(latest.size() - 1).doesNotContainKey(new LeadId("erased"));
        for (LeadScore s : latest.subList(0, latest.size() - 1)) {
            assertThat(bulk.get(s.leadId())).as(s.leadId().value()).isEqualTo(service.qualify(ws, s.leadId()));
        }
        assertThat(bulk.values().stream().map(Qualification::readiness).distinct().count()).isGreaterThan(1);
    }
}
