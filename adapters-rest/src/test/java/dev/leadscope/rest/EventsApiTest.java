package dev.leadscope.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

@MicronautTest
class EventsApiTest extends ApiTestBase {

    private static String event(String id, String lead, String type, String occurredAt) {
        return "{\"id\": \"%s\", \"leadId\": \"%s\", \"type\": \"%s\", \"occurredAt\": \"%s\", \"properties\": {\"page\": \"/pricing\", \"seconds\": 42}}"
                .formatted(id, lead, type, occurredAt);
    }

    @Test
    void givenNewEvent_whenPostedTwice_thenCreatedThenAcknowledgedAsDuplicate() {
        String lead = createLead(unique("lead"), null);
        String body = event(unique("ev"), lead, "Page View", "2024-03-04T09:00:00Z");

        Reply first = api.post("/api/v1/events", body);
        Reply second = api.post("/api/v1/events", body);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(first.text("status")).isEqualTo("accepted");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("status")).isEqualTo("duplicate");
        Reply timeline = api.get("/api/v1/leads/" + lead + "/timeline");
        assertThat(timeline.list("entries")).hasSize(1);
        assertThat(timeline.text("entries[0].event.type")).isEqualTo("page_view");
        assertThat(timeline.text("entries[0].event.properties.seconds")).isEqualTo("42");
    }

    @Test
    void givenStoredEvent_whenSameIdSentWithOtherContent_thenConflictProblem() {
        String lead = createLead(unique("lead"), null);
        String id = unique("ev");
        api.post("/api/v1/events", event(id, lead, "email_open", "2024-03-04T09:00:00Z"));

        Reply reply = api.post("/api/v1/events", event(id, lead, "email_click", "2024-03-04T09:00:00Z"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("errors[0].field")).isEqualTo("id");
    }

    @Test
    void givenUnknownLead_whenEventPosted_thenUnprocessableProblemNamesLeadId() {
        Reply reply = api.post("/api/v1/events", event(unique("ev"), unique("nobody"), "email_open", "2024-03-04T09:00:00Z"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("errors[0].field")).isEqualTo("leadId");
        assertThat(reply.text("errors[0].reason")).startsWith("lead not found");
    }

    @Test
    void givenEventWithoutTime_whenPosted_thenProblemNamesOccurredAt() {
        Reply reply = api.post("/api/v1/events", "{\"id\": \"x1\", \"leadId\": \"l1\", \"type\": \"call\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("errors[0].field")).isEqualTo("occurredAt");
    }

    @Test
    void givenABareNumberAsTime_whenPosted_thenRefusedNamingOccurredAtRatherThanGuessingItsUnit() {
        String lead = createLead(unique("lead"), null);

        Reply reply = api.post("/api/v1/events", "{\"id\": \"" + unique("ev") + "\", \"leadId\": \"" + lead
                + "\", \"type\": \"call\", \"occurredAt\": 1700000000}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("errors[0].field")).isEqualTo("occurredAt");
        assertThat(reply.text("errors[0].reason")).contains("ISO-8601");
    }

    @Test
    void givenATimeOnADayThatDoesNotExist_whenPosted_thenRefusedNamingOccurredAt_andAnOffsetTimeIsRead() {
        String lead = createLead(unique("lead"), null);

        Reply refused = api.post("/api/v1/events", "{\"id\": \"" + unique("ev") + "\", \"leadId\": \"" + lead
                + "\", \"type\": \"call\", \"occurredAt\": \"2023-02-29T10:00:00Z\"}");
        Reply offset = api.post("/api/v1/events", "{\"id\": \"" + unique("ev") + "\", \"leadId\": \"" + lead
                + "\", \"type\": \"call\", \"occurredAt\": \"2023-02-28T12:00:00+02:00\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("errors[0].field")).isEqualTo("occurredAt");
        assertThat(refused.text("errors[0].reason")).contains("ISO-8601");
        assertThat(offset.status()).as(offset.raw()).isEqualTo(201);
        Reply timeline = api.get("/api/v1/leads/" + lead + "/timeline");
        assertThat(timeline.list("entries")).hasSize(1);
        assertThat(timeline.text("entries[0].event.occurredAt")).isEqualTo("2023-02-28T10:00:00Z");
    }

    @Test
    void givenBatchWithGoodAndBadItems_whenPosted_thenGoodOnesAreStoredAndEachBadOneIsNamed() {
        String lead = createLead(unique("lead"), null);
        String stored = unique("ev");
        api.post("/api/v1/events", event(stored, lead, "call", "2024-03-01T09:00:00Z"));
        String good1 = unique("ev");
        String good2 = unique("ev");
        String body = "{\"events\": ["
                + event(good1, lead, "page_view", "2024-03-02T09:00:00Z") + ","
                + "{\"id\": \"" + unique("ev") + "\", \"leadId\": \"" + lead + "\", \"type\": \"call\", \"occurredAt\": \"yesterday\"}" + ","
                + "{\"id\": \"" + unique("ev") + "\", \"leadId\": \"" + lead + "\", \"occurredAt\": \"2024-03-02T09:00:00Z\"}" + ","
                + event(unique("ev"), unique("nobody"), "call", "2024-03-02T09:00:00Z") + ","
                + event(stored, lead, "meeting_booked", "2024-03-01T09:00:00Z") + ","
                + event(stored, lead, "call", "2024-03-01T09:00:00Z") + ","
                + "\"not an event\"" + ","
                + event(good2, lead, "trial signup", "2024-03-03T09:00:00Z")
                + "]}";

        Reply reply = api.post("/api/v1/events/batch", body);

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.texts("results", "status"))
                .containsExactly("accepted", "rejected", "rejected", "rejected", "conflict", "duplicate", "rejected", "accepted");
        assertThat(reply.number("received")).isEqualTo(8);
        assertThat(reply.number("accepted")).isEqualTo(2);
        assertThat(reply.number("duplicate")).isEqualTo(1);
        assertThat(reply.number("conflict")).isEqualTo(1);
        assertThat(reply.number("rejected")).isEqualTo(4);
        assertThat(reply.text("results[1].errors[0].field")).isEqualTo("events[1].occurredAt");
        assertThat(reply.text("results[1].errors[0].reason")).contains("ISO-8601");
        assertThat(reply.text("results[2].errors[0].field")).isEqualTo("events[2].type");
        assertThat(reply.text("results[3].errors[0].field")).isEqualTo("events[3].leadId");
        assertThat(reply.text("results[4].errors[0].field")).isEqualTo("events[4].id");
        assertThat(reply.text("results[6].errors[0].field")).isEqualTo("events[6]");
        assertThat(reply.number("results[7].index")).isEqualTo(7);
        assertThat(reply.text("results[7].eventId")).isEqualTo(good2);

        Reply timeline = api.get("/api/v1/leads/" + lead + "/timeline");
        assertThat(timeline.texts("entries", "kind")).hasSize(3);
        assertThat(timeline.text("entries[2].event.id")).isEqualTo(good2);
        assertThat(timeline.text("entries[2].event.type")).isEqualTo("trial_signup");
    }

    @Test
    void givenFullBatch_whenPosted_thenAllAreStored() {
        String lead = createLead(unique("lead"), null);
        String prefix = unique("bulk");
        StringJoiner events = new StringJoiner(",", "{\"events\": [", "]}");
        for (int i = 0; i < 10_000; i++) {
            events.add(event(prefix + "-" + i, lead, "page_view", "2024-03-04T09:00:00Z"));
        }

        Reply reply = api.post("/api/v1/events/batch", events.toString());

        assertThat(reply.status()).as(reply.raw().substring(0, Math.min(500, reply.raw().length()))).isEqualTo(200);
        assertThat(reply.number("accepted")).isEqualTo(10_000);
    }

    @Test
    void givenTooManyEvents_whenBatchPosted_thenPayloadTooLargeProblem() {
        StringJoiner events = new StringJoiner(",", "{\"events\": [", "]}");
        for (int i = 0; i < 10_001; i++) {
            events.add("{}");
        }

        Reply reply = api.post("/api/v1/events/batch", events.toString());

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("errors[0].field")).isEqualTo("events");
    }

    @Test
    void givenBodyWithoutEventsArray_whenBatchPosted_thenProblemNamesEvents() {
        Reply notAnArray = api.post("/api/v1/events/batch", "{\"events\": {}}");
        Reply malformed = api.post("/api/v1/events/batch", "{\"events\": [");

        assertThat(notAnArray.status()).isEqualTo(400);
        assertThat(notAnArray.text("errors[0].field")).isEqualTo("events");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("errors[0].field")).isEqualTo("body");
    }

    @Test
    void givenBodyOverTheSizeLimit_whenPosted_thenPayloadTooLargeProblem() {
        String huge = "{\"events\": [], \"padding\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}";

        Reply reply = api.post("/api/v1/events/batch", huge);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("type")).isEqualTo("https://leadscope.dev/problems/payload-too-large");
    }
}
