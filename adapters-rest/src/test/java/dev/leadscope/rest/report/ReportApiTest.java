package dev.leadscope.rest.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

@MicronautTest
class ReportApiTest extends ApiTestBase {

    @Test
    void givenLeadsWithoutAnActiveModel_whenRepsBenchmarked_thenTheyAreCountedAsUnscoredInTheWindow() {
        String rep = unique("rep");
        Reply created = api.post("/api/v1/leads", "{\"id\":\"%s\",\"title\":\"CFO\",\"owner\":\"%s\"}".formatted(unique("lead"), rep));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);

        Reply reps = api.get("/api/v1/reports/reps?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z");
        Reply accounts = api.get("/api/v1/reports/reps?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z&basis=account");

        assertThat(reps.status()).as(reps.raw()).isEqualTo(200);
        assertThat(reps.text("by")).isEqualTo("rep");
        assertThat(reps.text("basis")).isEqualTo("blind");
        assertThat(reps.text("from")).isEqualTo("2000-01-01T00:00:00Z");
        assertThat(reps.number("unscored")).isPositive();
        assertThat(reps.texts("groups", "group")).doesNotContain(rep);
        assertThat(accounts.status()).as(accounts.raw()).isEqualTo(200);
        assertThat(accounts.text("basis")).isEqualTo("account");
        assertThat(accounts.number("unscored")).isPositive();
    }

    @Test
    void givenAnUnknownGroupingOrAnEmptyWindow_whenRequested_thenProblemsNamingTheField() {
        Reply badBy = api.get("/api/v1/reports/channels?by=weather");
        Reply reps = api.get("/api/v1/reports/channels?by=rep");
        Reply backwards = api.get("/api/v1/reports/reps?from=2024-06-01T00:00:00Z&to=2024-01-01T00:00:00Z");
        Reply badBasis = api.get("/api/v1/reports/reps?basis=gut");

        assertThat(badBy.status()).as(badBy.raw()).isEqualTo(400);
        assertThat(badBy.contentType()).startsWith("application/problem+json");
        assertThat(badBy.raw()).contains("\"by\"");
        assertThat(reps.status()).isEqualTo(400);
        assertThat(backwards.status()).as(backwards.raw()).isEqualTo(400);
        assertThat(backwards.raw()).contains("\"from\"");
        assertThat(badBasis.status()).as(badBasis.raw()).isEqualTo(400);
        assertThat(badBasis.raw()).contains("\"basis\"");
    }

    @Test
    void givenTheDefaultConfiguration_whenExplorationReported_thenTheThreeGroupsAndTheShare() {
        Reply channels = api.get("/api/v1/reports/channels?by=source");
        Reply exploration = api.get("/api/v1/reports/exploration");

        assertThat(channels.status()).as(channels.raw()).isEqualTo(200);
        assertThat(channels.text("by")).isEqualTo("source");
        assertThat(exploration.status()).as(exploration.raw()).isEqualTo(200);
        assertThat(exploration.at("share")).isEqualTo(0.05);
        assertThat(exploration.keys()).contains("routedByScore", "exploration", "heldBack", "scoreOverExploration",
                "explorationOverHeldBack");
    }

    @Test
    void givenAnUnscoredLead_whenInARepQueue_thenItsQualificationSaysItIsNotExploration() {
        String rep = unique("rep");
        api.post("/api/v1/leads", "{\"id\":\"%s\",\"title\":\"CFO\",\"owner\":\"%s\"}".formatted(unique("lead"), rep));

        Reply queue = api.get("/api/v1/reps/" + rep + "/queue");

        assertThat(queue.status()).as(queue.raw()).isEqualTo(200);
        assertThat(queue.at("items[0].qualification.exploration")).isEqualTo(false);
    }
}
