package dev.leadscope.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

@MicronautTest
class AccountsApiTest extends ApiTestBase {

    @Test
    void givenFullAccount_whenCreatedAndRead_thenEveryFieldComesBack() {
        String id = unique("acc");
        Reply created = api.post("/api/v1/accounts", """
                {"id": "%s", "name": "Acme GmbH", "domain": "acme.example",
                 "firmographics": {"industry": "Software", "employees": 250, "annualRevenue": 3.5e7, "fundingStage": "Series B",
                                   "country": "DE", "hiringFor": ["engineering", "sales"], "fiscalYearEndMonth": 12},
                 "technographics": {"technologies": ["salesforce", "aws"], "competitorProducts": ["hubspot"]},
                 "contractRenewalDate": "2025-06-30",
                 "attributes": {"tier": {"type": "category", "value": "enterprise"}, "seats": {"type": "number", "value": "40"}},
                 "createdAt": "2024-03-04T09:00:00Z"}
                """.formatted(id));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Reply read = api.get("/api/v1/accounts/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("name")).isEqualTo("Acme GmbH");
        assertThat(read.text("firmographics.industry")).isEqualTo("Software");
        assertThat(read.number("firmographics.employees")).isEqualTo(250);
        assertThat(read.text("firmographics.fundingStage")).isEqualTo("series_b");
        assertThat(read.list("firmographics.hiringFor")).containsExactly("engineering", "sales");
        assertThat(read.list("technographics.competitorProducts")).containsExactly("hubspot");
        assertThat(read.text("contractRenewalDate")).isEqualTo("2025-06-30");
        assertThat(read.text("attributes.seats.type")).isEqualTo("number");
        assertThat(read.text("attributes.seats.value")).isEqualTo("40");
        assertThat(read.text("createdAt")).isEqualTo("2024-03-04T09:00:00Z");
    }

    @Test
    void givenNoId_whenCreated_thenIdIsGeneratedAndLocationPointsToIt() {
        Reply created = api.post("/api/v1/accounts", "{\"name\": \"Initech\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        assertThat(id).isNotBlank();
        assertThat(api.get("/api/v1/accounts/" + id).text("name")).isEqualTo("Initech");
    }

    @Test
    void givenTakenId_whenCreated_thenConflictProblem() {
        String id = createAccount(unique("acc"), "Retail");

        Reply again = api.post("/api/v1/accounts", "{\"id\": \"" + id + "\", \"name\": \"Other\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text("type")).isEqualTo("https://leadscope.dev/problems/conflict");
        assertThat(again.text("errors[0].field")).isEqualTo("id");
        assertThat(again.text("detail")).contains(id);
    }

    @Test
    void givenAccount_whenReplaced_thenDetailsChangeAndCreationTimeStays() {
        String id = createAccount(unique("acc"), "Retail");
        String createdAt = api.get("/api/v1/accounts/" + id).text("createdAt");

        Reply updated = api.put("/api/v1/accounts/" + id, "{\"name\": \"Renamed\", \"firmographics\": {\"industry\": \"Banking\"}}");

        assertThat(updated.status()).isEqualTo(200);
        Reply read = api.get("/api/v1/accounts/" + id);
        assertThat(read.text("name")).isEqualTo("Renamed");
        assertThat(read.text("firmographics.industry")).isEqualTo("Banking");
        assertThat(read.text("createdAt")).isEqualTo(createdAt);
    }

    @Test
    void givenMissingAccount_whenReplaced_thenNotFoundProblem() {
        Reply reply = api.put("/api/v1/accounts/" + unique("missing"), "{\"name\": \"X\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.text("type")).isEqualTo("https://leadscope.dev/problems/not-found");
    }

    @Test
    void givenAccountsOfAnIndustry_whenListedInPages_thenPagesCoverThemInCreationOrder() {
        String industry = unique("industry");
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/accounts", "{\"id\": \"%s-%d\", \"name\": \"C%d\", \"firmographics\": {\"industry\": \"%s\"}, \"createdAt\": \"2024-01-0%dT00:00:00Z\"}"
                    .formatted(industry, i, i, industry, i + 1));
        }
        createAccount(unique("acc"), "Other");

        Reply first = api.get("/api/v1/accounts?industry=" + industry + "&limit=2");
        Reply last = api.get("/api/v1/accounts?industry=" + industry + "&offset=4&limit=2");
        Reply after = api.get("/api/v1/accounts?industry=" + industry + "&createdAfter=2024-01-03T00:00:00Z");

        assertThat(first.number("total")).isEqualTo(5);
        assertThat(first.at("hasMore")).isEqualTo(true);
        assertThat(first.number("limit")).isEqualTo(2);
        assertThat(first.texts("items", "id")).containsExactly(industry + "-0", industry + "-1");
        assertThat(last.number("offset")).isEqualTo(4);
        assertThat(last.at("hasMore")).isEqualTo(false);
        assertThat(last.texts("items", "id")).containsExactly(industry + "-4");
        assertThat(after.texts("items", "id")).containsExactly(industry + "-3", industry + "-4");
    }

    @Test
    void givenAccount_whenIntentRecorded_thenStoredForTheWeeksMonday() {
        String id = createAccount(unique("acc"), "Software");

        Reply reply = api.post("/api/v1/accounts/" + id + "/intent",
                "{\"topic\": \"lead scoring\", \"weekStart\": \"2024-03-06\", \"score\": 87, \"provider\": \"bombora\"}");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.text("weekStart")).isEqualTo("2024-03-04");
        assertThat(reply.number("score")).isEqualTo(87);
        assertThat(reply.text("accountId")).isEqualTo(id);
    }

    @Test
    void givenIntentOutOfRange_whenRecorded_thenProblemNamesScore() {
        String id = createAccount(unique("acc"), "Software");

        Reply reply = api.post("/api/v1/accounts/" + id + "/intent", "{\"topic\": \"crm\", \"weekStart\": \"2024-03-04\", \"score\": 140}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("errors[0].field")).isEqualTo("score");
    }

    @Test
    void givenMissingAccount_whenIntentRecorded_thenNotFoundProblem() {
        Reply reply = api.post("/api/v1/accounts/" + unique("missing") + "/intent",
                "{\"topic\": \"crm\", \"weekStart\": \"2024-03-04\", \"score\": 40}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
