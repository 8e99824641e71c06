package dev.leadscope.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

@MicronautTest
class LeadsApiTest extends ApiTestBase {

    @Test
    void givenLeadAtAccount_whenCreatedAndRead_thenFieldsAndDerivedProfileComeBack() {
        String account = createAccount(unique("acc"), "Software");
        String id = unique("lead");

        Reply created = api.post("/api/v1/leads", """
                {"id": "%s", "accountId": "%s", "firstName": "Ada", "lastName": "Lovelace", "email": "ada@acme.example",
                 "title": "VP Engineering", "source": {"channel": "organic_search", "campaign": "spring"}, "owner": "rep-7",
                 "consent": {"emailMarketing": true, "tracking": true, "profiling": false},
                 "attributes": {"score_hint": {"type": "boolean", "value": "yes"}}}
                """.formatted(id, account));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Reply read = api.get("/api/v1/leads/" + id);
        assertThat(read.text("accountId")).isEqualTo(account);
        assertThat(read.text("email")).isEqualTo("ada@acme.example");
        assertThat(read.text("source.channel")).isEqualTo("organic_search");
        assertThat(read.text("owner")).isEqualTo("rep-7");
        assertThat(read.at("consent.profiling")).isEqualTo(false);
        assertThat(read.text("attributes.score_hint.value")).isEqualTo("true");
        assertThat(read.text("seniority")).isNotBlank();
        assertThat(read.text("committeeRole")).isNotBlank();
        assertThat(read.keys()).contains("seniority", "committeeRole", "createdAt");
    }

    @Test
    void givenUnknownAccount_whenLeadCreated_thenUnprocessableProblemNamesAccountId() {
        Reply reply = api.post("/api/v1/leads", "{\"accountId\": \"" + unique("missing") + "\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("type")).isEqualTo("https://leadscope.dev/problems/unprocessable-entity");
        assertThat(reply.text("errors[0].field")).isEqualTo("accountId");
    }

    @Test
    void givenBadEmail_whenLeadCreated_thenProblemNamesEmail() {
        Reply reply = api.post("/api/v1/leads", "{\"email\": \"not-an-address\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("errors[0].field")).isEqualTo("email");
        assertThat(reply.text("errors[0].reason")).contains("not-an-address");
    }

    @Test
    void givenLead_whenReplaced_thenDetailsChange() {
        String id = createLead(unique("lead"), null);

        Reply updated = api.put("/api/v1/leads/" + id, "{\"title\": \"Chief Financial Officer\", \"owner\": \"rep-2\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/leads/" + id).text("title")).isEqualTo("Chief Financial Officer");
        assertThat(api.put("/api/v1/leads/" + unique("missing"), "{}").status()).isEqualTo(404);
    }

    @Test
    void givenLeadsOfOwnersAndAccounts_whenFiltered_thenOnlyMatchesInPages() {
        String account = createAccount(unique("acc"), "Software");
        String owner = unique("rep");
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/leads", "{\"id\": \"%s-%d\", \"owner\": \"%s\", \"accountId\": \"%s\", \"createdAt\": \"2024-02-0%dT00:00:00Z\"}"
                    .formatted(owner, i, owner, account, i + 1));
        }
        createLead(unique("lead"), account);

        Reply byOwner = api.get("/api/v1/leads?owner=" + owner + "&limit=2");
        Reply byAccount = api.get("/api/v1/leads?accountId=" + account);
        Reply later = api.get("/api/v1/leads?owner=" + owner + "&createdAfter=2024-02-01T00:00:00Z");

        assertThat(byOwner.number("total")).isEqualTo(3);
        assertThat(byOwner.list("items")).hasSize(2);
        assertThat(byOwner.at("hasMore")).isEqualTo(true);
        assertThat(byAccount.number("total")).isEqualTo(4);
        assertThat(later.number("total")).isEqualTo(2);
        assertThat(later.text("items[0].id")).isEqualTo(owner + "-1");
    }

    @Test
    void givenLead_whenNotesOutcomesAndFeedbackRecorded_thenTimelineListsThemInTimeOrder() {
        String lead = createLead(unique("lead"), null);
        api.post("/api/v1/events", "{\"id\": \"%s-e1\", \"leadId\": \"%s\", \"type\": \"page_view\", \"category\": \"pricing\", \"occurredAt\": \"2024-03-02T10:00:00Z\"}"
                .formatted(lead, lead));
        Reply note = api.post("/api/v1/leads/" + lead + "/notes",
                "{\"channel\": \"call\", \"author\": \"rep-1\", \"text\": \"Budget approved for Q3\", \"writtenAt\": \"2024-03-01T09:00:00Z\"}");
        Reply outcome = api.post("/api/v1/leads/" + lead + "/outcomes",
                "{\"kind\": \"Closed Won\", \"value\": 12000, \"currency\": \"EUR\", \"occurredAt\": \"2024-03-05T12:00:00Z\"}");
        Reply feedback = api.post("/api/v1/leads/" + lead + "/feedback", "{\"givenBy\": \"rep-1\", \"verdict\": \"good fit\"}");

        assertThat(note.status()).as(note.raw()).isEqualTo(201);
        assertThat(outcome.status()).as(outcome.raw()).isEqualTo(201);
        assertThat(outcome.text("kind")).isEqualTo("won");
        assertThat(feedback.status()).as(feedback.raw()).isEqualTo(201);
        assertThat(feedback.text("verdict")).isEqualTo("good_fit");

        Reply timeline = api.get("/api/v1/leads/" + lead + "/timeline");
        assertThat(timeline.status()).as(timeline.raw()).isEqualTo(200);
        assertThat(timeline.texts("entries", "kind")).containsExactly("note", "event", "outcome");
        assertThat(timeline.text("entries[0].time")).isEqualTo("2024-03-01T09:00:00Z");
        assertThat(timeline.text("entries[0].note.text")).isEqualTo("Budget approved for Q3");
        assertThat(timeline.text("entries[1].event.category")).isEqualTo("pricing");
        assertThat(timeline.text("entries[2].outcome.currency")).isEqualTo("EUR");

        Reply window = api.get("/api/v1/leads/" + lead + "/timeline?from=2024-03-02T00:00:00Z&to=2024-03-05T00:00:00Z");
        assertThat(window.texts("entries", "kind")).containsExactly("event");
        Reply limited = api.get("/api/v1/leads/" + lead + "/timeline?limit=2");
        assertThat(limited.list("entries")).hasSize(2);
    }

    @Test
    void givenBadFacts_whenRecorded_thenProblemsNameTheField() {
        String lead = createLead(unique("lead"), null);

        Reply blankNote = api.post("/api/v1/leads/" + lead + "/notes", "{\"text\": \"  \"}");
        Reply badKind = api.post("/api/v1/leads/" + lead + "/outcomes", "{\"kind\": \"maybe\"}");
        Reply badCurrency = api.post("/api/v1/leads/" + lead + "/outcomes", "{\"kind\": \"lost\", \"currency\": \"euro\"}");
        Reply badVerdict = api.post("/api/v1/leads/" + lead + "/feedback", "{\"givenBy\": \"rep-1\", \"verdict\": \"meh\"}");
        Reply missingLead = api.post("/api/v1/leads/" + unique("missing") + "/notes", "{\"text\": \"hello\"}");
        Reply badWindow = api.get("/api/v1/leads/" + lead + "/timeline?from=2024-03-05T00:00:00Z&to=2024-03-01T00:00:00Z");

        assertThat(blankNote.status()).isEqualTo(400);
        assertThat(blankNote.text("errors[0].field")).isEqualTo("text");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.text("errors[0].field")).isEqualTo("kind");
        assertThat(badCurrency.text("errors[0].field")).isEqualTo("currency");
        assertThat(badVerdict.text("errors[0].field")).isEqualTo("verdict");
        assertThat(missingLead.status()).isEqualTo(404);
        assertThat(missingLead.contentType()).startsWith("application/problem+json");
        assertThat(badWindow.status()).isEqualTo(400);
        assertThat(badWindow.text("errors[0].field")).isEqualTo("from");
    }
}
