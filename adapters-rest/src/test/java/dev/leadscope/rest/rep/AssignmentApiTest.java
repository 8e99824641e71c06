package dev.leadscope.rest.rep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AssignmentApiTest extends ApiTestBase {
    @Inject
    LeadScores scores;

    @Test
    void givenAnUnownedSalesReadyLead_whenAssignedAmongReps_thenTheLightestRepGetsItAndTheQueueShowsIt() {
        String anna = unique("rep.anna");
        String bob = unique("rep.bob");
        String account = bigAccount();
        owned(anna, account);
        owned(anna, account);
        owned(bob, account);
        String lead = readyLead(account);

        Reply reply = api.post("/api/v1/leads/" + lead + "/assign",
                "{\"reps\":[{\"id\":\"%s\"},{\"id\":\"%s\",\"capacity\":0.5}]}".formatted(anna, bob));

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.text("owner")).as("anna (2+1)/1 = 3 beats bob (1+1)/0.5 = 4").isEqualTo(anna);
        assertThat(reply.at("assigned")).isEqualTo(true);
        assertThat(reply.text("reason")).startsWith("assigned to " + anna + ": 2 open leads");
        assertThat(reply.texts("roster", "rep")).containsExactly(anna, bob);
        assertThat(reply.text("qualification.action")).isEqualTo("call_now_with_alert");
        assertThat(api.get("/api/v1/leads/" + lead).text("owner")).isEqualTo(anna);
        Reply queue = api.get("/api/v1/reps/" + anna + "/queue");
        assertThat(queue.number("total")).isEqualTo(3);
        assertThat(queue.text("items[0].lead.id")).as("the call-now lead leads the queue").isEqualTo(lead);

        Reply again = api.post("/api/v1/leads/" + lead + "/assign", "");
        assertThat(again.at("assigned")).isEqualTo(false);
        assertThat(again.text("reason")).isEqualTo("already owned by " + anna + "; kept");
    }

    @Test
    void givenAnUnscoredLead_whenAssigned_thenNobodyIsAssignedAndTheReasonSaysWhy() {
        String lead = unique("lead");
        assertThat(api.post("/api/v1/leads", "{\"id\":\"%s\",\"title\":\"Intern\"}".formatted(lead)).status()).isEqualTo(201);

        Reply reply = api.post("/api/v1/leads/" + lead + "/assign", "{}");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.at("owner")).isNull();
        assertThat(reply.text("reason")).contains("sales does not work the lead yet");
    }

    @Test
    void givenUnknownLeadOrBadReps_whenAssigned_thenProblems() {
        Reply missing = api.post("/api/v1/leads/" + unique("lead") + "/assign", "");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        Reply bad = api.post("/api/v1/leads/" + unique("lead") + "/assign", "{\"reps\":[{\"id\":\"rep.x\",\"capacity\":0}]}");
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.raw()).contains("capacity");
    }

    private String bigAccount() {
        String id = unique("acc");
        Reply r = api.post("/api/v1/accounts", ("{\"id\":\"%s\",\"name\":\"Big\",\"firmographics\":{\"industry\":\"Software\","
                + "\"employees\":900,\"annualRevenue\":90000000,\"fundingStage\":\"series_c\"}}").formatted(id));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return id;
    }

    private void owned(String rep, String account) {
        Reply r = api.post("/api/v1/leads", "{\"id\":\"%s\",\"title\":\"CTO\",\"owner\":\"%s\",\"accountId\":\"%s\"}"
                .formatted(unique("lead"), rep, account));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
    }

    private String readyLead(String account) {
        String id = unique("lead");
        assertThat(api.post("/api/v1/leads", "{\"id\":\"%s\",\"title\":\"VP Marketing\",\"accountId\":\"%s\"}".formatted(id, account))
                .status()).isEqualTo(201);
        Reply note = api.post("/api/v1/leads/" + id + "/notes",
                "{\"text\":\"We need better lead routing. Decision by end of quarter.\",\"writtenAt\":\"%s\"}"
                        .formatted(Instant.now().minus(Duration.ofDays(1))));
        assertThat(note.status()).as(note.raw()).isIn(200, 201);
        scores.append(Fixtures.score(WorkspaceId.DEFAULT, new LeadId(id), 0.18, Instant.now().minus(Duration.ofMinutes(5))));
        return id;
    }
}
