package dev.leadscope.ml.snapshot;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.feedback;
import static dev.leadscope.domain.fixtures.Fixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.outcome.FeedbackVerdict;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.outcome.RepFeedback;
import dev.leadscope.ml.snapshot.TrainingExamples.Example;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feedback sets weighted labels where no outcome speaks, and overrides outcomes only when allowed. */
class FeedbackLabelsTest {
    private static final WorkspaceId WS = Fixtures.freshWorkspace();
    private static final Instant CREATED = Instant.parse("2024-01-03T10:00:00Z");
    private static final Instant UNTIL = Instant.parse("2024-06-01T00:00:00Z");
    private static final FeedbackLabels.Policy OUTCOME_WINS = new FeedbackLabels.Policy(0.5, false);
    private static final FeedbackLabels.Policy FEEDBACK_WINS = new FeedbackLabels.Policy(0.5, true);

    private static LeadHistory lead(String id, OutcomeKind kind, Instant at) {
        Lead lead = aLead(WS, id).createdAt(CREATED).build();
        List<Outcome> outcomes = kind == null ? List.of() : List.of(outcome(WS, "o-" + id, lead.id(), kind, at));
        return new LeadHistory(lead, null, null, null, null, outcomes, null);
    }

    private static RepFeedback verdict(LeadHistory h, FeedbackVerdict v, Instant at) {
        return feedback(WS, "f-" + h.lead().id().value(), h.lead().id(), v, at);
    }

    @Test
    void givenOpenLeadJudgedGoodFit_whenApplied_thenItsSnapshotsBeforeTheFeedbackArePositiveAtTheFeedbackWeight() {
        LeadHistory open = lead("open", null, null);
        List<LeadHistory> histories = List.of(open);
        List<Example> examples = TrainingExamples.of(histories, 90, UNTIL);
        Instant given = Instant.parse("2024-04-02T09:00:00Z");

        FeedbackLabels.Result r = FeedbackLabels.apply(histories, examples,
                List.of(verdict(open, FeedbackVerdict.GOOD_FIT, given)), UNTIL, OUTCOME_WINS);

        List<Example> before = r.examples().stream().filter(e -> e.at().isBefore(given)).toList();
        assertThat(before).hasSize(13).allMatch(e -> e.label() == 1 && e.weight() == 0.5);
        assertThat(r.fromFeedback()).isEqualTo(13);
        assertThat(r.overridingOutcomes()).isZero();
        assertThat(r.changes()).singleElement().extracting(FeedbackLabels.Change::set).isEqualTo(13);
    }

    @Test
    void givenLostLeadJudgedGoodFit_whenOutcomesWin_thenLabelsUnchanged() {
        LeadHistory lost = lead("lost", OutcomeKind.LOST, Instant.parse("2024-02-20T00:00:00Z"));
        List<Example> examples = TrainingExamples.of(List.of(lost), 90, UNTIL);

        FeedbackLabels.Result r = FeedbackLabels.apply(List.of(lost), examples,
                List.of(verdict(lost, FeedbackVerdict.GOOD_FIT, Instant.parse("2024-03-01T00:00:00Z"))), UNTIL, OUTCOME_WINS);

        assertThat(r.examples()).isEqualTo(examples);
        assertThat(r.fromFeedback()).isZero();
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void givenLostLeadJudgedGoodFit_whenFeedbackMayOverride_thenEveryOutcomeLabelIsReplacedAndCounted() {
        LeadHistory lost = lead("lost", OutcomeKind.LOST, Instant.parse("2024-02-20T00:00:00Z"));
        List<Example> examples = TrainingExamples.of(List.of(lost), 90, UNTIL);

        FeedbackLabels.Result r = FeedbackLabels.apply(List.of(lost), examples,
                List.of(verdict(lost, FeedbackVerdict.GOOD_FIT, Instant.parse("2024-03-01T00:00:00Z"))), UNTIL, FEEDBACK_WINS);

        assertThat(r.examples()).hasSameSizeAs(examples).allMatch(e -> e.label() == 1 && e.weight() == 0.5);
        assertThat(r.fromFeedback()).isEqualTo(examples.size());
        assertThat(r.overridingOutcomes()).isEqualTo(examples.size());
    }

    @Test
    void givenFeedbackAgreeingWithTheOutcome_whenFeedbackMayOverride_thenLabelsKeepFullWeight() {
        LeadHistory lost = lead("lost", OutcomeKind.LOST, Instant.parse("2024-02-20T00:00:00Z"));
        List<Example> examples = TrainingExamples.of(List.of(lost), 90, UNTIL);

        FeedbackLabels.Result r = FeedbackLabels.apply(List.of(lost), examples,
                List.of(verdict(lost, FeedbackVerdict.BAD_FIT, Instant.parse("2024-03-01T00:00:00Z"))), UNTIL, FEEDBACK_WINS);

        assertThat(r.examples()).isEqualTo(examples);
        assertThat(r.fromFeedback()).isZero();
    }

    @Test
    void givenFeedbackAfterTheCut_whenApplied_thenIgnored() {
        LeadHistory open = lead("open", null, null);
        List<Example> examples = TrainingExamples.of(List.of(open), 90, UNTIL);

        FeedbackLabels.Result r = FeedbackLabels.apply(List.of(open), examples,
                List.of(verdict(open, FeedbackVerdict.GOOD_FIT, UNTIL.plusSeconds(1))), UNTIL, FEEDBACK_WINS);

        assertThat(r.examples()).isEqualTo(examples);
        assertThat(r.fromFeedback()).isZero();
    }
}
