package dev.leadscope.rest.rep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest
class RepQueueApiTest extends ApiTestBase {

    @Test
    void givenRepOwningUnscoredLeads_whenQueueRead_thenEveryOwnedLeadWithActionAndReason() {
        String rep = unique("rep");
        String account = createAccount(unique("acc"), "Software");
        String first = owned(rep, account, "CFO");
        String second = owned(rep, null, "Marketing Manager");
        owned(unique("rep"), account, "CTO");

        Reply queue = api.get("/api/v1/reps/" + rep + "/queue");

        assertThat(queue.status()).as(queue.raw()).isEqualTo(200);
        assertThat(queue.number("total")).isEqualTo(2);
        assertThat(queue.list("items")).hasSize(2);
        assertThat(List.of(queue.text("items[0].lead.id"), queue.text("items[1].lead.id"))).containsExactlyInAnyOrder(first, second);
        for (int i = 0; i < 2; i++) {
            assertThat(queue.text("items[" + i + "].lead.owner")).isEqualTo(rep);
            assertThat(queue.text("items[" + i + "].qualification.tier")).isEqualTo("low");
            assertThat(queue.at("items[" + i + "].qualification.probability")).isNull();
            assertThat(queue.text("items[" + i + "].qualification.action")).isIn("nurture", "disqualify");
            assertThat(queue.text("items[" + i + "].qualification.reason")).contains("not scored yet");
            assertThat(queue.list("items[" + i + "].qualification.bant")).hasSize(4);
        }

        Reply page = api.get("/api/v1/reps/" + rep + "/queue?limit=1&offset=1");
        assertThat(page.list("items")).hasSize(1);
        assertThat(page.at("hasMore")).isEqualTo(false);
        assertThat(page.text("items[0].lead.id")).isEqualTo(queue.text("items[1].lead.id"));
    }

    @Test
    void givenRepOwningNoLead_whenQueueRead_thenNotFoundProblem() {
        String rep = unique("rep");

        Reply reply = api.get("/api/v1/reps/" + rep + "/queue");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("detail")).isEqualTo("rep not found: " + rep);
        assertThat(api.get("/api/v1/reps/" + rep + "/queue?limit=0").status()).isEqualTo(400);
    }

    private String owned(String rep, String account, String title) {
        String id = unique("lead");
        String accountField = account == null ? "" : ",\"accountId\":\"" + account + "\"";
        Reply reply = api.post("/api/v1/leads", "{\"id\":\"%s\",\"title\":\"%s\",\"owner\":\"%s\"%s}".formatted(id, title, rep, accountField));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return id;
    }
}
