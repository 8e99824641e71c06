package dev.leadscope.rest.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.Fixtures;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.rest.support.ApiTestBase;
import dev.leadscope.rest.support.Reply;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * With {@code tiers.mode: capacity} the service tiers leads against the recent stored scores: a 15 % lead, Top by
 * the default thresholds, is Low when 40 other leads were recently scored higher and the best 35 % are the tiers.
 */
@MicronautTest(transactional = false)
@Property(name = "leadscope.qualification.tiers.mode", value = "capacity")
class CapacityTiersApiTest extends ApiTestBase {
    @Inject
    LeadScores scores;

    @Test
    void givenCapacityTiers_whenARepQueueIsRead_thenTiersFollowTheRankAmongRecentScores() {
        String rep = unique("rep");
        Instant recent = Instant.now().minus(Duration.ofHours(2));
        for (int i = 0; i < 40; i++) {
            scores.append(Fixtures.score(WorkspaceId.DEFAULT, new LeadId(lead(unique("other"))), 0.30 + i / 1000.0, recent));
        }
        String best = lead(rep);
        String middle = lead(rep);
        scores.append(Fixtures.score(WorkspaceId.DEFAULT, new LeadId(best), 0.90, recent));
        scores.append(Fixtures.score(WorkspaceId.DEFAULT, new LeadId(middle), 0.15, recent));

        Reply queue = api.get("/api/v1/reps/" + rep + "/queue");

        assertThat(queue.status()).as(queue.raw()).isEqualTo(200);
        assertThat(tierOf(queue, best)).isEqualTo("top");
        assertThat(tierOf(queue, middle)).as("thresholds would make 15 % Top").isEqualTo("low");
    }

    private static String tierOf(Reply queue, String lead) {
        for (int i = 0; i < queue.list("items").size(); i++) {
            if (lead.equals(queue.text("items[" + i + "].lead.id"))) {
                return queue.text("items[" + i + "].qualification.tier");
            }
        }
        throw new AssertionError(lead + " not in " + queue.raw());
    }

    private String lead(String owner) {
        String id = unique("lead");
        String ownerField = owner == null ? "" : ",\"owner\":\"" + owner + "\"";
        Reply r = api.post("/api/v1/leads", "{\"id\":\"%s\",\"title\":\"VP Sales\"%s}".formatted(id, ownerField));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return id;
    }
}
