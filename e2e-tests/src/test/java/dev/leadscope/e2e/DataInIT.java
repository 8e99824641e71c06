package dev.leadscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data in, as a user brings it: each shipped example mapping imports its real data set (read in place from
 * the shared datasets folder) through the CLI, with counts checked against the files themselves; a second
 * import changes nothing; and the simulator's output loads straight into a running service.
 */
class DataInIT {
    static Path examples;
    static Path datasets;

    @TempDir
    Path workDir;

    @BeforeAll
    static void locate() {
        examples = Path.of(System.getProperty("leadscope.examples", "../examples")).toAbsolutePath().normalize();
        datasets = Path.of(System.getProperty("leadscope.datasets", "../../shared/datasets")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(datasets), "the shared data sets are not beside the checkout: " + datasets);
    }

    /** Imports with the CLI into {@code dataDir} and returns the JSON report's summary, by source kind. */
    private Map<String, JsonNode> importWithCli(Path mapping, Path dataDir) throws Exception {
        Path report = workDir.resolve("report-" + System.nanoTime() + ".json");
        LeadscopeProcess.CliResult run = LeadscopeProcess.cli(workDir, Map.of(), "import", "--mapping", mapping.toString(),
                "--data-dir", dataDir.toString(), "--report", report.toString());
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdout()).as("logs go to stderr, stdout carries only the command's output").doesNotContain(" INFO ");
        JsonNode summary = Api.JSON.readTree(report.toFile()).path("summary");
        assertThat(summary.path("rejected").asLong()).isZero();
        Map<String, JsonNode> byKind = new HashMap<>();
        summary.path("sources").forEach(s -> byKind.merge(s.path("kind").asText(), s, (a, b) -> a));
        return byKind;
    }

    private static long total(Api api, String path) {
        Api.Response page = api.get(path + "?limit=1");
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        return page.body().path("total").asLong();
    }

    @Test
    void givenTheXEducationLeads_whenImportedTwice_thenEveryLeadAndLabelIsStoredOnceAndTheSecondRunChangesNothing() throws Exception {
        CsvFile leads = CsvFile.read(datasets.resolve("x-education-leads/Leads.csv"));
        Path mapping = examples.resolve("x-education-leads/mapping.yml");
        Path dataDir = workDir.resolve("xedu");

        Map<String, JsonNode> first = importWithCli(mapping, dataDir);
        assertThat(first.get("lead").path("created").asLong()).isEqualTo(leads.rows().size());
        assertThat(first.get("outcome").path("created").asLong()).isEqualTo(leads.rows().size());

        Map<String, JsonNode> second = importWithCli(mapping, dataDir);
        assertThat(second.get("lead").path("unchanged").asLong()).isEqualTo(leads.rows().size());
        assertThat(second.get("lead").path("created").asLong() + second.get("lead").path("updated").asLong()).isZero();

        try (LeadscopeProcess service = LeadscopeProcess.start(workDir, dataDir, Map.of(), "xedu")) {
            Api api = service.api();
            assertThat(total(api, "/api/v1/leads")).isEqualTo(leads.rows().size());
            String someLead = leads.rows().get(17).get(leads.column("Prospect ID"));
            Api.Response lead = api.get("/api/v1/leads/" + someLead);
            assertThat(lead.status()).as(lead.raw()).isEqualTo(200);
            assertThat(lead.body().path("attributes").has("Tags")).as("leaky column excluded").isFalse();
        }
    }

    @Test
    void givenTheCrmExport_whenImported_thenAccountsOpportunitiesAndClosedOutcomesMatchTheFiles() throws Exception {
        CsvFile accounts = CsvFile.read(datasets.resolve("crm-sales-opportunities/accounts.csv"));
        CsvFile pipeline = CsvFile.read(datasets.resolve("crm-sales-opportunities/sales_pipeline.csv"));
        Path dataDir = workDir.resolve("crm");

        Map<String, JsonNode> summary = importWithCli(examples.resolve("crm-sales-opportunities/mapping.yml"), dataDir);
        assertThat(summary.get("account").path("created").asLong()).isEqualTo(accounts.rows().size());
        assertThat(summary.get("lead").path("created").asLong()).isEqualTo(pipeline.rows().size());
        long closed = pipeline.count("deal_stage", Set.of("Won", "Lost")::contains);
        assertThat(summary.get("outcome").path("created").asLong()).isEqualTo(closed);
        assertThat(summary.get("outcome").path("filtered").asLong()).isEqualTo(pipeline.rows().size() - closed);

        try (LeadscopeProcess service = LeadscopeProcess.start(workDir, dataDir, Map.of(), "crm")) {
            Api api = service.api();
            assertThat(total(api, "/api/v1/accounts")).isEqualTo(accounts.rows().size());
            assertThat(total(api, "/api/v1/leads")).isEqualTo(pipeline.rows().size());
        }
    }

    @Test
    void givenTheBpicLoanLog_whenImported_thenEveryCaseEventAndOutcomeMatchesTheFiles() throws Exception {
        CsvFile cases = CsvFile.read(datasets.resolve("bpic2012-loan-events/cases.csv"));
        CsvFile events = CsvFile.read(datasets.resolve("bpic2012-loan-events/events.csv"));
        Path dataDir = workDir.resolve("bpic");

        Map<String, JsonNode> summary = importWithCli(examples.resolve("bpic2012-loan-events/mapping.yml"), dataDir);
        assertThat(summary.get("lead").path("created").asLong()).isEqualTo(cases.rows().size());
        assertThat(summary.get("event").path("created").asLong()).isEqualTo(events.rows().size());
        assertThat(summary.get("outcome").path("created").asLong())
                .isEqualTo(cases.count("outcome", Set.of("approved", "declined", "cancelled")::contains));

        String someCase = cases.rows().get(100).get(cases.column("case_id"));
        long itsEvents = events.count("case_id", someCase::equals);
        try (LeadscopeProcess service = LeadscopeProcess.start(workDir, dataDir, Map.of(), "bpic")) {
            Api api = service.api();
            assertThat(total(api, "/api/v1/leads")).isEqualTo(cases.rows().size());
            Api.Response timeline = api.get("/api/v1/leads/" + someCase + "/timeline?limit=5000");
            long eventEntries = 0;
            for (JsonNode entry : timeline.body().path("entries")) {
                eventEntries += entry.path("kind").asText().equals("event") ? 1 : 0;
            }
            assertThat(eventEntries).isEqualTo(itsEvents);
        }
    }

    @Test
    void givenARunningService_whenTheSimulatorLoadsIntoIt_thenItsAccountsAndLeadsAreThere() throws Exception {
        Path out = workDir.resolve("sim");
        try (LeadscopeProcess service = LeadscopeProcess.start(workDir, workDir.resolve("sim-data"), Map.of(), "simulate")) {
            LeadscopeProcess.CliResult run = LeadscopeProcess.cli(workDir, Map.of("LEADSCOPE_API_KEY", service.adminKey), "simulate",
                    "--accounts", "25", "--seed", "5",
                    "--out", out.toString(), "--load-into", service.base.toString());
            assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
            assertThat(out.resolve("mapping.yml")).exists();
            assertThat(out.resolve("truth/lead_probabilities.csv")).exists();

            Api api = service.api();
            assertThat(total(api, "/api/v1/accounts")).isEqualTo(CsvFile.read(out.resolve("accounts.csv")).rows().size());
            assertThat(total(api, "/api/v1/leads")).isEqualTo(CsvFile.read(out.resolve("leads.csv")).rows().size());
        }
    }
}
