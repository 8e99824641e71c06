package dev.leadscope.ml.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HotLeadHistoriesTest {
    private static final Instant T0 = Instant.parse("2024-06-03T00:00:00Z");

    private static ActivityEvent event(String id, int second) {
        return new ActivityEvent(new WorkspaceId("ws"), new EventId(id), new LeadId("l1"), EventType.PAGE_VIEW, null,
                T0.plusSeconds(second), null);
    }

    @Test
    void storedEventsGoWhereAStableSortByTimeWouldPutThemAndAnIdAlreadyKeptIsNotAddedTwice() {
        Random r = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<ActivityEvent> kept = new ArrayList<>();
            List<ActivityEvent> expected = new ArrayList<>();
            int ids = 0;
            for (int i = 0; i < r.nextInt(12); i++) {
                ActivityEvent e = event("k" + ids++, r.nextInt(6));
                kept.add(e);
            }
            kept.sort(Comparator.comparing(ActivityEvent::occurredAt));
            expected.addAll(kept);
            for (int i = 0; i < 1 + r.nextInt(5); i++) {
                ActivityEvent e = r.nextInt(4) == 0 && !kept.isEmpty()
                        ? kept.get(r.nextInt(kept.size()))
                        : event("n" + ids++, r.nextInt(6));
                if (expected.stream().noneMatch(x -> x.id().equals(e.id()))) {
                    expected.add(e);
                    expected.sort(Comparator.comparing(ActivityEvent::occurredAt));
                }
                HotLeadHistories.insert(kept, e);
            }

            assertThat(kept).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }
}
