package dev.leadscope.domain.port.out.contract;

import static dev.leadscope.domain.fixtures.Fixtures.T0;
import static dev.leadscope.domain.fixtures.Fixtures.feedback;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.RepId;
import dev.leadscope.domain.outcome.FeedbackVerdict;
import dev.leadscope.domain.outcome.RepFeedback;
import dev.leadscope.domain.port.out.RepFeedbacks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RepFeedbacks} store must do; subclass once per adapter. */
public abstract class RepFeedbacksContractTest {
    private static final LeadId LEAD = new LeadId("lead-1");

    protected RepFeedbacks feedbacks;
    protected WorkspaceId ws;

    /** The store under test; called before each test, after {@link #cleanState()}. */
    protected abstract RepFeedbacks createFeedbacks();

    /** Removes what earlier tests stored, where the store keeps state between tests. */
    protected void cleanState() {
    }

    @BeforeEach
    void setUpStore() {
        cleanState();
        feedbacks = createFeedbacks();
        ws = Fixtures.freshWorkspace();
    }

    @Test
    void givenFeedback_whenSaved_thenReadBackEqualOldestFirst() {
        RepFeedback bad = feedback(ws, "f2", LEAD, FeedbackVerdict.BAD_FIT, T0.plusSeconds(60));
        RepFeedback good = feedback(ws, "f1", LEAD, FeedbackVerdict.GOOD_FIT, T0);
        RepFeedback noReason = new RepFeedback(ws, "f3", LEAD, new RepId("rep.ben"), FeedbackVerdict.GOOD_FIT, null, T0.plusSeconds(120));

        feedbacks.save(bad);
        feedbacks.save(good);
        feedbacks.save(noReason);

        assertThat(feedbacks.forLead(ws, LEAD)).containsExactly(good, bad, noReason);
    }

    @Test
    void givenStoredFeedback_whenSavedAgain_thenReplaced() {
        feedbacks.save(feedback(ws, "f1", LEAD, FeedbackVerdict.GOOD_FIT, T0));
        RepFeedback changedMind = feedback(ws, "f1", LEAD, FeedbackVerdict.BAD_FIT, T0.plusSeconds(30));

        feedbacks.save(changedMind);

        assertThat(feedbacks.forLead(ws, LEAD)).containsExactly(changedMind);
    }

    @Test
    void givenFeedbackOnOtherLeadsAndWorkspaces_whenForLead_thenNeverSeen() {
        WorkspaceId other = Fixtures.freshWorkspace();
        feedbacks.save(feedback(ws, "f1", new LeadId("lead-2"), FeedbackVerdict.GOOD_FIT, T0));
        feedbacks.save(feedback(other, "f1", LEAD, FeedbackVerdict.GOOD_FIT, T0));

        assertThat(feedbacks.forLead(ws, LEAD)).isEmpty();
        assertThat(feedbacks.forLead(other, LEAD)).hasSize(1);
    }

    @Test
    void givenFeedbackOnSeveralLeads_whenInWorkspace_thenAllOfThatWorkspaceOldestFirst() {
        WorkspaceId other = Fixtures.freshWorkspace();
        RepFeedback later = feedback(ws, "f1", new LeadId("lead-2"), FeedbackVerdict.BAD_FIT, T0.plusSeconds(90));
        RepFeedback earlier = feedback(ws, "f2", LEAD, FeedbackVerdict.GOOD_FIT, T0);
        feedbacks.save(later);
        feedbacks.save(earlier);
        feedbacks.save(feedback(other, "f3", LEAD, FeedbackVerdict.GOOD_FIT, T0));

        assertThat(feedbacks.inWorkspace(ws)).containsExactly(earlier, later);
    }
}
