package dev.leadscope.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.security.Role;
import dev.leadscope.rest.support.Api;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** An admin erases a lead with everything recorded about it; the account and other leads stay; the erasure is audited. */
@MicronautTest
class ErasureApiTest extends ApiTestBase {

    @Test
    void givenLeadWithHistory_whenErased_thenItAndItsFactsAreGoneAccountAndNeighboursStayAndAuditRecordsIt() {
        String ws = unique("ws");
        Api admin = api.as(keys.issue(ws, Role.ADMIN));
        String account = unique("acc");
        String lead = unique("lead");
        String neighbour = unique("lead");
        assertThat(admin.post("/api/v1/accounts", "{\"id\":\"" + account + "\",\"name\":\"Acme\"}").status()).isEqualTo(201);
        for (String id : new String[] {lead, neighbour}) {
            assertThat(admin.post("/api/v1/leads", "{\"id\":\"" + id + "\",\"accountId\":\"" + account + "\",\"title\":\"CFO\"}").status())
                    .isEqualTo(201);
            assertThat(admin.post("/api/v1/events/batch", "{\"events\":[{\"id\":\"" + id + "-e1\",\"leadId\":\"" + id
                    + "\",\"type\":\"page_view\",\"occurredAt\":\"2025-03-01T09:00:00Z\"},{\"id\":\"" + id + "-e2\",\"leadId\":\"" + id
                    + "\",\"type\":\"email_open\",\"occurredAt\":\"2025-03-02T09:00:00Z\"}]}").status()).isEqualTo(200);
        }
        assertThat(admin.post("/api/v1/leads/" + lead + "/notes", "{\"text\":\"call me at home\"}").status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/leads/" + lead + "/outcomes", "{\"kind\":\"won\",\"value\":100,\"currency\":\"EUR\","
                + "\"occurredAt\":\"2025-04-01T00:00:00Z\"}").status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/leads/" + lead + "/feedback", "{\"givenBy\":\"rep\",\"verdict\":\"good_fit\"}").status()).isEqualTo(201);

        Reply erased = admin.delete("/api/v1/leads/" + lead);

        assertThat(erased.status()).as(erased.raw()).isEqualTo(200);
        assertThat(erased.number("events")).isEqualTo(2);
        assertThat(erased.number("notes")).isEqualTo(1);
        assertThat(erased.number("outcomes")).isEqualTo(1);
        assertThat(erased.number("feedback")).isEqualTo(1);
        assertThat(admin.get("/api/v1/leads/" + lead).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/leads/" + lead + "/timeline").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/leads/" + lead + "/scores").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/accounts/" + account).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/leads/" + neighbour + "/timeline").list("entries")).hasSize(2);
        assertThat(admin.get("/api/v1/leads?accountId=" + account).texts("items", "id")).containsExactly(neighbour);
        Reply audit = admin.get("/api/v1/audit");
        assertThat(audit.text("items[0].action")).isEqualTo("lead_erased");
        assertThat(audit.text("items[0].subject")).isEqualTo(lead);
        assertThat(audit.text("items[0].detail")).isEqualTo("events=2 notes=1 outcomes=1 feedback=1 scores=0");
        assertThat(audit.text("items[0].actor")).startsWith("key:");

        assertThat(admin.delete("/api/v1/leads/" + lead).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/events", "{\"id\":\"late\",\"leadId\":\"" + lead + "\",\"type\":\"page_view\","
                + "\"occurredAt\":\"2025-05-01T00:00:00Z\"}").status()).isEqualTo(422);
    }
}
