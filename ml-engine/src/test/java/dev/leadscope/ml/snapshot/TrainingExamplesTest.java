package dev.leadscope.ml.snapshot;

import static dev.leadscope.domain.fixtures.Fixtures.aLead;
import static dev.leadscope.domain.fixtures.Fixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.outcome.Outcome;
import dev.leadscope.domain.outcome.OutcomeKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots are weekly, before the outcome, and labelled by what happened within the horizon. */
class TrainingExamplesTest {
    private static final WorkspaceId WS = Fixtures.freshWorkspace();
    private static final Instant CREATED = Instant.parse("2024-01-03T10:00:00Z");

    private static LeadHistory lead(String id, Outcome outcome) {
        Lead lead = aLead(WS, id).createdAt(CREATED).build();
        return new LeadHistory(lead, null, null, null, null, outcome == null ? List.of() : List.of(outcome), null);
    }

    @Test
    void givenLeadWonOnDay60_whenExamplesBuilt_thenWeeklySnapshotsBeforeTheWinWithinHorizonArePositive() {
        Lead l = aLead(WS, "won").createdAt(CREATED).build();
        Outcome won = outcome(WS, "o1", l.id(), OutcomeKind.WON, Instant.parse("2024-03-03T12:00:00Z"));
        List<TrainingExamples.Example> examples = TrainingExamples.of(List.of(lead("won", won)), 30,
                Instant.parse("2024-12-31T00:00:00Z"));

        assertThat(examples).extracting(TrainingExamples.Example::at).first().isEqualTo(Instant.parse("2024-01-08T00:00:00Z"));
        assertThat(examples).allMatch(e -> e.at().isBefore(won.occurredAt()));
        assertThat(examples).filteredOn(e -> e.label() == 1)
                .allMatch(e -> !e.at().plus(java.time.Duration.ofDays(30)).isBefore(won.occurredAt()));
        assertThat(examples).filteredOn(e -> e.label() == 0)
                .allMatch(e -> e.at().plus(java.time.Duration.ofDays(30)).isBefore(won.occurredAt()));
        assertThat(examples).hasSize(8);
    }

    @Test
    void givenLostLead_whenExamplesBuilt_thenEverySnapshotIsNegative() {
        Lead l = aLead(WS, "lost").createdAt(CREATED).build();
        Outcome lost = outcome(WS, "o2", l.id(), OutcomeKind.LOST, Instant.parse("2024-02-01T00:00:00Z"));

        assertThat(TrainingExamples.of(List.of(lead("lost", lost)), 90, Instant.parse("2024-06-10T00:00:00Z")))
                .hasSize(4).allMatch(e -> e.label() == 0);
    }

    @Test
    void givenOutcomeKnownBeforeTheHorizonEnds_whenTheHorizonRunsPastTheData_thenTheSnapshotIsLeftOutLikeAnOpenOne() {
        Lead l = aLead(WS, "quick").createdAt(CREATED).build();
        Outcome won = outcome(WS, "o3", l.id(), OutcomeKind.WON, Instant.parse("2024-02-01T00:00:00Z"));
        Outcome lost = outcome(WS, "o4", l.id(), OutcomeKind.LOST, Instant.parse("2024-02-01T00:00:00Z"));
        Instant observedUntil = Instant.parse("2024-02-10T00:00:00Z");

        assertThat(TrainingExamples.of(List.of(lead("quick", won)), 90, observedUntil)).isEmpty();
        assertThat(TrainingExamples.of(List.of(lead("quick", lost)), 90, observedUntil)).isEmpty();
        assertThat(TrainingExamples.of(List.of(lead("quick", won)), 20, observedUntil))
                .isNotEmpty().allMatch(e -> !e.at().plus(java.time.Duration.ofDays(20)).isAfter(observedUntil));
    }

    @Test
    void givenOpenLead_whenExamplesBuilt_thenNegativeOnlyWhereTheWholeHorizonIsObserved() {
        Instant observedUntil = Instant.parse("2024-03-01T00:00:00Z");

        List<TrainingExamples.Example> examples = TrainingExamples.of(List.of(lead("open", null)), 30, observedUntil);

        assertThat(examples).isNotEmpty().allMatch(e -> e.label() == 0)
                .allMatch(e -> !e.at().plus(java.time.Duration.ofDays(30)).isAfter(observedUntil));
        assertThat(examples.get(examples.size() - 1).at()).isEqualTo(Instant.parse("2024-01-29T00:00:00Z"));
    }
}
