package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.out.Outcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Outcomes} store must do; subclass once per adapter. */
public abstract class OutcomesContractTest {
    private static final LeadId LEAD = new LeadId("lead-1");

    protected Outcomes outcomes;
    protected WorkspaceId ws;

    /** The store under test; called before each test, after {@link #cleanState()}. */
    protected abstract Outcomes createOutcomes();

    /** Removes what earlier tests stored, where the store keeps state between tests. */
    protected void cleanState() {
    }

    @BeforeEach
    void setUpStore() {
        cleanState();
        outcomes = createOutcomes();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenOutcomesOfEveryKind_whenSaved_thenFoundEqual() {
        Outcome won = outcome(ws, "o1", LEAD, OutcomeKind.WON, T0);
        Outcome lost = outcome(ws, "o2", LEAD, OutcomeKind.LOST, T0.plusSeconds(1));
        Outcome disqualified = outcome(ws, "o3", LEAD, OutcomeKind.DISQUALIFIED, T0.plusSeconds(2));

        outcomes.save(won);
        outcomes.save(lost);
        outcomes.save(disqualified);

        assertThat(outcomes.findById(ws, won.id())).contains(won);
        assertThat(outcomes.findById(ws, lost.id())).contains(lost);
        assertThat(outcomes.findById(ws, disqualified.id())).contains(disqualified);
        assertThat(outcomes.findById(ws, new OutcomeId("o4"))).isEmpty();
    }

    @Test
    void givenStoredOutcome_whenSavedAgain_thenReplaced() {
        outcomes.save(outcome(ws, "o1", LEAD, OutcomeKind.LOST, T0));
        Outcome reopenedAndWon = outcome(ws, "o1", LEAD, OutcomeKind.WON, T0.plusSeconds(86_400));

        outcomes.save(reopenedAndWon);

        assertThat(outcomes.forLead(ws, LEAD)).containsExactly(reopenedAndWon);
    }

    @Test
    void givenOutcomesOfTwoLeads_whenForLead_thenThatLeadsOldestFirst() {
        outcomes.save(outcome(ws, "late", LEAD, OutcomeKind.WON, T0.plusSeconds(10)));
        outcomes.save(outcome(ws, "early", LEAD, OutcomeKind.LOST, T0));
        outcomes.save(outcome(ws, "other", new LeadId("lead-2"), OutcomeKind.WON, T0.plusSeconds(5)));

        assertThat(outcomes.forLead(ws, LEAD)).extracting(o -> o.id().value()).containsExactly("early", "late");
    }

    @Test
    void givenOutcomeInWorkspaceA_whenReadFromB_thenNeverSeen() {
        WorkspaceId other = Fixtures.freshWorkspace();
        outcomes.save(outcome(ws, "o1", LEAD, OutcomeKind.WON, T0));

        assertThat(outcomes.findById(other, new OutcomeId("o1"))).isEmpty();
        assertThat(outcomes.forLead(other, LEAD)).isEmpty();
    }

    @Test
    void givenOutcomesOfSeveralLeads_whenReadInBulk_thenEachLeadGetsItsOwnOldestFirst() {
        LeadId other = new LeadId("lead-other");
        Outcome late = outcome(ws, "o1", LEAD, OutcomeKind.WON, T0.plusSeconds(60));
        Outcome early = outcome(ws, "o2", LEAD, OutcomeKind.LOST, T0);
        Outcome others = outcome(ws, "o3", other, OutcomeKind.WON, T0);
        outcomes.save(late);
        outcomes.save(early);
        outcomes.save(others);
        outcomes.save(outcome(Fixtures.freshWorkspace(), "o4", LEAD, OutcomeKind.WON, T0));

        java.util.Map<LeadId, java.util.List<Outcome>> read = outcomes.forLeads(ws, java.util.List.of(LEAD, other, new LeadId("none")));

        assertThat(read).containsOnlyKeys(LEAD, other);
        assertThat(read.get(LEAD)).containsExactly(early, late);
        assertThat(read.get(other)).containsExactly(others);
    }

    @Test
    void givenManyOutcomesSomeStored_whenSavedAll_thenEveryOneStoredAndTheLaterOfTheSameIdKept() {
        outcomes.save(outcome(ws, "o0", LEAD, OutcomeKind.LOST, T0));
        List<Outcome> batch = new ArrayList<>();
        IntStream.range(0, 1_500).forEach(i -> batch.add(outcome(ws, "o" + i, LEAD, OutcomeKind.WON, T0.plusSeconds(i))));
        Outcome twice = new Outcome(ws, new OutcomeId("o7"), LEAD, OutcomeKind.DISQUALIFIED, null, null, T0.plusSeconds(9_999), "no budget");
        batch.add(twice);

        outcomes.saveAll(batch);

        Map<OutcomeId, Outcome> found = outcomes.findAll(ws, batch.stream().map(Outcome::id).toList());
        assertThat(found).hasSize(1_500);
        assertThat(found.get(new OutcomeId("o0"))).isEqualTo(batch.get(0));
        assertThat(found.get(new OutcomeId("o7"))).isEqualTo(twice);
        assertThat(found.get(new OutcomeId("o1499"))).isEqualTo(batch.get(1_499));
    }

    @Test
    void givenStoredOutcomes_whenFindAll_thenOnlyStoredIdsOfThatWorkspaceAnswered() {
        outcomes.saveAll(List.of(outcome(ws, "o1", LEAD, OutcomeKind.WON, T0)));

        assertThat(outcomes.findAll(ws, List.of(new OutcomeId("o1"), new OutcomeId("missing")))).containsOnlyKeys(new OutcomeId("o1"));
        assertThat(outcomes.findAll(Fixtures.freshWorkspace(), List.of(new OutcomeId("o1")))).isEmpty();
    }
}
