package dev.leadscope.rest.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class AccountScoresApiTest extends ApiTestBase {

    @Test
    void givenCommitteeWithRecentMeetings_whenScored_thenCoverageEngagementStageAndContactsToReachByRole() {
        String account = createAccount(unique("acc"), "Software");
        String cfo = lead(account, "Chief Financial Officer");
        String engineer = lead(account, "Senior Software Engineer");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        event(cfo, "meeting_booked", now.minus(2, ChronoUnit.DAYS));
        event(engineer, "meeting_booked", now.minus(3, ChronoUnit.DAYS));
        event(engineer, "call", now.minus(1, ChronoUnit.DAYS));

        Reply score = api.get("/api/v1/accounts/" + account + "/score");

        assertThat(score.status()).as(score.raw()).isEqualTo(200);
        assertThat(score.text("accountId")).isEqualTo(account);
        assertThat(((Number) score.at("probability")).doubleValue()).isBetween(0.0, 1.0);
        assertThat(score.text("method")).isEqualTo("combined");
        assertThat(score.number("coverage.economic_buyer")).isEqualTo(1);
        assertThat(((Number) score.at("engagement.economic_buyer")).doubleValue()).isPositive();
        assertThat(score.text("stage")).isEqualTo("decision");
        assertThat(score.list("contactsToReach")).doesNotContain("economic_buyer").contains("executive_sponsor");
        assertThat(score.at("surge.surging")).isInstanceOf(Boolean.class);
        assertThat(score.at("surge.ratio")).isInstanceOf(Number.class);
        assertThat(Instant.parse(score.text("scoredAt"))).isAfterOrEqualTo(now);
    }

    @Test
    void givenAccountsInDifferentStages_whenListedByStageAndScore_thenOnlyThatStageBestFirst() {
        String industry = unique("ind");
        String active = createAccount(unique("acc"), industry);
        Instant now = Instant.now();
        String member = lead(active, "VP Finance");
        event(member, "meeting_booked", now.minus(1, ChronoUnit.DAYS));
        event(member, "meeting_booked", now.minus(2, ChronoUnit.DAYS));
        String quiet = createAccount(unique("acc"), industry);

        Reply decision = api.get("/api/v1/accounts?industry=" + industry + "&stage=decision");
        Reply awareness = api.get("/api/v1/accounts?industry=" + industry + "&stage=AWARENESS&sort=score");
        Reply ranked = api.get("/api/v1/accounts?industry=" + industry + "&sort=score");

        assertThat(decision.status()).as(decision.raw()).isEqualTo(200);
        assertThat(ids(decision)).containsExactly(active);
        assertThat(decision.text("items[0].score.stage")).isEqualTo("decision");
        assertThat(decision.number("total")).isEqualTo(1);
        assertThat(ids(awareness)).containsExactly(quiet);
        assertThat(ids(ranked)).containsExactlyInAnyOrder(active, quiet);
        List<Double> probabilities = ranked.list("items").stream()
                .map(i -> ((Number) ((Map<?, ?>) ((Map<?, ?>) i).get("score")).get("probability")).doubleValue()).toList();
        assertThat(probabilities.get(0)).isGreaterThanOrEqualTo(probabilities.get(1));
    }

    @Test
    void givenNeitherStageNorSort_whenListed_thenPlainAccountsInCreationOrder() {
        String industry = unique("ind");
        String first = createAccount(unique("acc"), industry);
        String second = createAccount(unique("acc"), industry);

        Reply plain = api.get("/api/v1/accounts?industry=" + industry);

        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.texts("items", "id")).containsExactly(first, second);
        assertThat(plain.at("items[0].score")).isNull();
    }

    @Test
    void givenBadStageOrSortOrUnknownAccount_whenRequested_thenProblemsNameTheField() {
        Reply stage = api.get("/api/v1/accounts?stage=negotiation");
        assertThat(stage.status()).as(stage.raw()).isEqualTo(400);
        assertThat(stage.contentType()).startsWith("application/problem+json");
        assertThat(stage.text("errors[0].field")).isEqualTo("stage");
        assertThat(stage.text("errors[0].reason")).contains("awareness, consideration, decision, purchase");

        Reply sort = api.get("/api/v1/accounts?sort=name");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.text("errors[0].field")).isEqualTo("sort");

        String missing = unique("missing");
        Reply unknown = api.get("/api/v1/accounts/" + missing + "/score");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.text("detail")).isEqualTo("account not found: " + missing);
    }

    private static List<String> ids(Reply reply) {
        return reply.list("items").stream().map(i -> (String) ((Map<?, ?>) ((Map<?, ?>) i).get("account")).get("id")).toList();
    }

    private String lead(String account, String title) {
        String id = unique("lead");
        Reply reply = api.post("/api/v1/leads", "{\"id\":\"%s\",\"accountId\":\"%s\",\"title\":\"%s\"}".formatted(id, account, title));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return id;
    }

    private void event(String lead, String type, Instant at) {
        Reply reply = api.post("/api/v1/events", "{\"id\":\"%s\",\"leadId\":\"%s\",\"type\":\"%s\",\"occurredAt\":\"%s\"}"
                .formatted(unique("ev"), lead, type, at));
        assertThat(reply.status()).as(reply.raw()).isBetween(200, 202);
    }
}
