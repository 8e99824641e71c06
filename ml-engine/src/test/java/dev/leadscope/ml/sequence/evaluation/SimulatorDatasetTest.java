package dev.leadscope.ml.sequence.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadscope.domain.port.in.EvaluateSequencesUseCase.Unit;
import dev.leadscope.ml.sequence.SequenceEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorDatasetTest {
    static final Instant SPLIT = Instant.parse("2024-07-01T00:00:00Z");

    @TempDir
    Path dir;

    /** One account with two leads: a reads a case study then pricing, b opens an e-mail in between; a third lead has no labels. */
    @BeforeEach
    void writeRun() throws IOException {
        Files.writeString(dir.resolve("accounts.csv"), """
                account_id,industry,employees,hiring_for,funding_stage,technologies,competitor_products
                acc-1,Software,120,sales operations,Series A,Salesforce,
                """);
        Files.writeString(dir.resolve("leads.csv"), """
                lead_id,account_id
                lead-a,acc-1
                lead-b,acc-1
                lead-c,acc-1
                """);
        Files.writeString(dir.resolve("events.csv"), """
                event_id,lead_id,type,category,occurred_at
                ev-1,lead-a,page_view,case_study,2024-06-03T10:00:00Z
                ev-2,lead-b,email_open,,2024-06-04T09:00:00Z
                ev-2,lead-b,email_open,,2024-06-04T09:00:00Z
                ev-3,lead-a,page_view,pricing,2024-06-05T15:00:00Z
                ev-4,lead-b,page_view,pricing,2024-07-02T11:00:00Z
                """);
        Files.createDirectories(dir.resolve("truth"));
        Files.writeString(dir.resolve("truth/lead_probabilities.csv"), """
                lead_id,scored_at,p_convert_90d,converted_within_90d
                lead-a,2024-06-10T00:00:00Z,0.4,1
                lead-b,2024-06-10T00:00:00Z,0.4,1
                lead-a,2024-07-08T00:00:00Z,0.3,0
                lead-b,2024-07-08T00:00:00Z,0.3,0
                lead-b,2024-12-30T00:00:00Z,0.1,
                """);
    }

    @Test
    void givenTwoLeadsOfOneAccount_whenReadPerLead_thenEachSeesItsOwnEventsAndItsPeersMarked() {
        SequenceDataset data = SimulatorDataset.load(dir, SPLIT, 5, Unit.LEAD, 1L);

        assertThat(data.train()).hasSize(2).allSatisfy(s -> {
            assertThat(s.group()).isEqualTo("acc-1");
            assertThat(s.label()).isEqualTo(1);
            assertThat(s.profile()).hasSize(SimulatorDataset.profileColumns().size());
        });
        assertThat(data.test()).hasSize(2).allSatisfy(s -> assertThat(s.label()).isZero());
        assertThat(data.train().stream().map(s -> s.events().stream().map(SequenceEvent::type).toList()))
                .containsExactlyInAnyOrder(List.of("page_view", "peer:email_open", "page_view"),
                        List.of("peer:page_view", "email_open", "peer:page_view"));
        assertThat(data.test()).anySatisfy(s -> assertThat(s.events()).hasSize(4)
                .extracting(SequenceEvent::type).containsExactly("page_view", "peer:email_open", "page_view", "peer:page_view"));
        assertThat(data.train()).allSatisfy(s -> assertThat(s.events()).extracting(SequenceEvent::category)
                .containsExactly("case_study", null, "pricing"));
    }

    @Test
    void givenTheSameRun_whenReadPerAccount_thenOneExamplePerMondayWithEveryLeadsEventsUnmarked() {
        SequenceDataset data = SimulatorDataset.load(dir, SPLIT, 5, 1L);

        assertThat(data.train()).singleElement().satisfies(s -> assertThat(s.events()).extracting(SequenceEvent::type)
                .containsExactly("page_view", "email_open", "page_view"));
        assertThat(data.test()).singleElement().satisfies(s -> assertThat(s.events()).hasSize(4));
    }

    @Test
    void givenATruthFileWithoutTheOrderBlindColumn_whenRead_thenOnlyTheOracleIsAReference() {
        SequenceDataset data = SimulatorDataset.load(dir, SPLIT, 5, Unit.LEAD, 1L);

        assertThat(data.references()).containsOnlyKeys(SimulatorDataset.ORACLE);
        assertThat(data.references().get(SimulatorDataset.ORACLE)).containsExactly(0.3, 0.3);
    }

    @Test
    void givenBothTrueProbabilities_whenRead_thenEachTestExampleGetsItsOwn() throws IOException {
        Files.writeString(dir.resolve("truth/lead_probabilities.csv"), """
                lead_id,scored_at,p_convert_90d,converted_within_90d,p_convert_90d_without_order
                lead-a,2024-06-10T00:00:00Z,0.4,1,0.35
                lead-a,2024-07-08T00:00:00Z,0.3,0,0.25
                lead-a,2024-07-15T00:00:00Z,0.2,1,0.28
                """);

        SequenceDataset data = SimulatorDataset.load(dir, SPLIT, 5, Unit.LEAD, 1L);

        double[] oracle = data.references().get(SimulatorDataset.ORACLE);
        double[] withoutOrder = data.references().get(SimulatorDataset.ORACLE_WITHOUT_ORDER);
        assertThat(data.test()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            boolean july8 = data.test().get(i).at().equals(Instant.parse("2024-07-08T00:00:00Z"));
            assertThat(oracle[i]).isEqualTo(july8 ? 0.3 : 0.2);
            assertThat(withoutOrder[i]).isEqualTo(july8 ? 0.25 : 0.28);
        }
    }

    @Test
    void givenNoJourneyTruth_whenRead_thenNoReferenceColumn() {
        assertThat(SimulatorDataset.load(dir, SPLIT, 5, Unit.LEAD, 1L).referenceColumns()).isEmpty();
    }

    @Test
    void givenJourneyTruth_whenRead_thenEachExampleGetsTheSignedMomentumOfItsAccountsLatestJourney() throws IOException {
        Files.writeString(dir.resolve("truth/journeys.csv"), """
                account_id,week_start,order
                acc-1,2024-06-03,case_study_first
                acc-1,2024-06-24,pricing_first
                """);

        SequenceDataset data = SimulatorDataset.load(dir, SPLIT, 5, Unit.LEAD, 1L);

        SequenceDataset.ReferenceColumn column = data.referenceColumns().get(0);
        assertThat(column.name()).isEqualTo(SimulatorDataset.JOURNEY_ORDER);
        // 2024-06-10: the case-study-first journey of the week before left momentum 3
        assertThat(column.train()).containsExactly(3.0, 3.0);
        // 2024-07-08: a week after the pricing-first journey's week ended
        assertThat(column.test()).containsExactly(-2.0, -2.0);
    }

    @Test
    void givenABadJourneyOrder_whenRead_thenTheErrorNamesTheLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("truth/journeys.csv"), """
                account_id,week_start,order
                acc-1,2024-06-03,sideways
                """);

        assertThatThrownBy(() -> SimulatorDataset.load(dir, SPLIT, 5, Unit.LEAD, 1L))
                .hasMessageContaining("line 2").hasMessageContaining("order").hasMessageContaining("sideways");
    }

    @Test
    void givenATrueProbabilityOutOfRange_whenRead_thenTheErrorNamesTheLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("truth/lead_probabilities.csv"), """
                lead_id,scored_at,p_convert_90d,converted_within_90d
                lead-a,2024-06-10T00:00:00Z,1.4,1
                """);

        assertThatThrownBy(() -> SimulatorDataset.load(dir, SPLIT, 5, Unit.LEAD, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("p_convert_90d").hasMessageContaining("1.4");
    }

    @Test
    void givenOneMondayPerLead_whenReadPerLeadTwiceWithTheSameSeed_thenTheSameMondaysAreSampled() throws IOException {
        Files.writeString(dir.resolve("truth/lead_probabilities.csv"), """
                lead-a,2024-06-17T00:00:00Z,0.4,0
                lead-a,2024-06-24T00:00:00Z,0.4,1
                lead-b,2024-06-17T00:00:00Z,0.4,0
                """, java.nio.file.StandardOpenOption.APPEND);

        SequenceDataset once = SimulatorDataset.load(dir, SPLIT, 1, Unit.LEAD, 9L);
        SequenceDataset again = SimulatorDataset.load(dir, SPLIT, 1, Unit.LEAD, 9L);

        assertThat(once.train()).hasSize(2);
        assertThat(once.train().stream().map(LabelledSequence::at).toList()).isEqualTo(again.train().stream().map(LabelledSequence::at).toList());
    }
}
