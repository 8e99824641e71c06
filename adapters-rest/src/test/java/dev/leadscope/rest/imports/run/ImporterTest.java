package dev.leadscope.rest.imports.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.AttributeValue;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.outcome.OutcomeId;
import dev.leadscope.domain.outcome.OutcomeKind;
import dev.leadscope.domain.port.out.EventBulkLoads;
import dev.leadscope.rest.imports.mapping.FileResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    private static final WorkspaceId WS = WorkspaceId.DEFAULT;

    @TempDir
    Path dir;
    private Path mapping;

    @BeforeEach
    void writeFiles() throws IOException {
        Files.writeString(dir.resolve("accounts.csv"), """
                account,sector,employees,revenue
                Acme Corporation,technology,2822,1100.04
                Betasoloin,medical,lots,251.41
                """);
        Files.writeString(dir.resolve("deals.csv"), """
                opportunity_id,sales_agent,account,deal_stage,engage_date,close_date,close_value
                D1,Moses Frase,Acme Corporation,Won,2016-10-20,2017-03-01,1054
                D2,Darcel Schlecht,Acme Corporation,Lost,2016-10-25,31/02/2017,0
                D3,Moses Frase,Nowhere Inc,Won,2016-10-25,2017-03-11,4514
                D4,Moses Frase,,Engaging,2016-11-01,,
                D5,Moses Frase,Acme Corporation,Won
                """);
        Files.writeString(dir.resolve("events.csv"), """
                deal,step,activity,at
                D1,0,Email Opened,2016-10-21 10:00
                D1,1,Meeting Booked,2016-10-22 11:30
                D9,0,Email Opened,2016-10-21 10:00
                D4,0,Call,yesterday
                """);
        mapping = dir.resolve("mapping.yml");
        Files.writeString(mapping, """
                version: 1
                sources:
                  - file: events.csv
                    kind: event
                    formats: {timestamp: "yyyy-MM-dd HH:mm"}
                    time_zone: Europe/Amsterdam
                    fields:
                      event_id: {hash: [deal, step], prefix: "crm-"}
                      lead_id: deal
                      type: activity
                      occurred_at: at
                  - file: accounts.csv
                    kind: account
                    fields:
                      account_id: {column: account, slug: true}
                      name: account
                      industry: sector
                      employees: employees
                      annual_revenue: {column: revenue, multiply: 1000000}
                  - file: deals.csv
                    kind: lead
                    fields:
                      lead_id: opportunity_id
                      account_id: {column: account, slug: true}
                      owner_id: {column: sales_agent, slug: true}
                      created_at: engage_date
                    exclude:
                      close_value: outcome field
                      close_date: outcome field
                      deal_stage: the label
                  - file: deals.csv
                    kind: outcome
                    filter: {deal_stage: [Won, Lost]}
                    values: {kind: {Won: won, Lost: lost}}
                    fields:
                      outcome_id: {column: opportunity_id, prefix: "outcome-"}
                      lead_id: opportunity_id
                      kind: deal_stage
                      value: close_value
                      occurred_at: close_date
                    constants: {currency: USD}
                """);
    }

    private ImportSummary importOnce(InMemoryPorts store, List<Rejection> rejections) throws IOException {
        Importer importer = new Importer(store.ports);
        return importer.run(Importer.plan(mapping, FileResolver.relativeTo(dir)), rejections::add, new ImportProgress());
    }

    @Test
    void givenFilesWithSomeBadRows_whenImported_thenGoodRowsStoredAndBadOnesReportedByLineAndColumn() throws IOException {
        InMemoryPorts store = new InMemoryPorts();
        List<Rejection> rejections = new ArrayList<>();

        ImportSummary summary = importOnce(store, rejections);

        assertThat(store.accounts.findById(WS, new AccountId("Acme-Corporation"))).get()
                .satisfies(a -> assertThat(a.firmographics().annualRevenue()).isEqualTo(1.10004e9));
        assertThat(store.leads.findById(WS, new LeadId("D1"))).get().satisfies(l -> {
            assertThat(l.owner().value()).isEqualTo("Moses-Frase");
            assertThat(l.createdAt()).isEqualTo(Instant.parse("2016-10-20T00:00:00Z"));
        });
        assertThat(store.outcomes.findById(WS, new OutcomeId("outcome-D1"))).get()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(OutcomeKind.WON));
        assertThat(rejections).extracting(r -> r.file() + ":" + r.line() + ":" + r.column()).containsExactlyInAnyOrder(
                "accounts.csv:3:employees",
                "deals.csv:4:account",
                "deals.csv:6:-",
                "deals.csv:3:close_date",
                "deals.csv:4:opportunity_id",
                "deals.csv:6:-",
                "events.csv:4:deal",
                "events.csv:5:at");
        assertThat(rejections).filteredOn(r -> r.line() == 3 && r.file().equals("deals.csv")).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("not an ISO-8601 date or timestamp (e.g. 2024-03-01 or 2024-03-01T09:30:00Z): '31/02/2017'"));
        assertThat(rejections).filteredOn(r -> r.file().equals("events.csv") && r.line() == 5).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("not a date in format yyyy-MM-dd HH:mm: 'yesterday'"));
        assertThat(summary.sources()).extracting(SourceSummary::kind).containsExactly("account", "lead", "event", "outcome");
        assertThat(summary.sources()).extracting(SourceSummary::read, SourceSummary::imported, SourceSummary::rejected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(5L, 3L, 2L),
                        org.assertj.core.groups.Tuple.tuple(4L, 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple(5L, 1L, 3L));
        assertThat(summary.sources().get(3).filtered()).isEqualTo(1);
    }

    @Test
    void givenAnEventsSource_whenImported_thenItsEventsAreWrittenInsideOneBulkLoadThatEndsBeforeTheNextSourceStarts() throws IOException {
        InMemoryPorts store = new InMemoryPorts();
        List<String> loads = new ArrayList<>();
        EventBulkLoads recording = () -> {
            loads.add("begin: " + store.events.count(WS) + " events, " + store.leads.existing(WS, List.of(new LeadId("D1"))).size() + " lead D1");
            return () -> loads.add("end: " + store.events.count(WS) + " events, "
                    + store.outcomes.findAll(WS, List.of(new OutcomeId("outcome-D1"))).size() + " outcomes");
        };
        ImportPorts p = store.ports;
        Importer importer = new Importer(new ImportPorts(p.accounts(), p.leads(), p.events(), p.outcomes(), p.notes(), p.intent(), recording));

        importer.run(Importer.plan(mapping, FileResolver.relativeTo(dir)), r -> { }, new ImportProgress());

        assertThat(loads).containsExactly("begin: 0 events, 1 lead D1", "end: 2 events, 0 outcomes");
        assertThat(store.outcomes.findAll(WS, List.of(new OutcomeId("outcome-D1")))).hasSize(1);
    }

    @Test
    void givenSameFiles_whenImportedTwice_thenSecondRunChangesNothing() throws IOException {
        InMemoryPorts store = new InMemoryPorts();
        ImportSummary first = importOnce(store, new ArrayList<>());

        ImportSummary second = importOnce(store, new ArrayList<>());

        assertThat(second.imported()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.imported());
        assertThat(second.rejected()).isEqualTo(first.rejected());
        assertThat(store.events.count(WS)).isEqualTo(2);
    }

    @Test
    void givenDetectedAttributes_whenImported_thenTypedValuesStored() throws IOException {
        Files.writeString(dir.resolve("x.csv"), "id,visits,newsletter,origin\nL1,3,Yes,API\nL2,,No,Form\n");
        Files.writeString(mapping, """
                sources:
                  - file: x.csv
                    kind: lead
                    fields: {lead_id: id}
                    constants: {created_at: 2015-06-01T00:00:00Z}
                    other_columns: detect
                """);
        InMemoryPorts store = new InMemoryPorts();

        importOnce(store, new ArrayList<>());

        assertThat(store.leads.findById(WS, new LeadId("L1")).orElseThrow().attributes().values()).containsEntry("visits",
                new AttributeValue.NumberValue(3)).containsEntry("newsletter", new AttributeValue.BooleanValue(true))
                .containsEntry("origin", new AttributeValue.CategoryValue("API"));
        assertThat(store.leads.findById(WS, new LeadId("L2")).orElseThrow().attributes().get("visits")).isEmpty();
    }
}
