package dev.leadscope.rest.event;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The outcome of a batch: how many events got each status, and one result per event in the order sent. */
@Serdeable
public record BatchResponse(int received, int accepted, int duplicate, int conflict, int rejected, List<EventResult> results) {

    public static BatchResponse of(List<EventResult> results) {
        int accepted = 0;
        int duplicate = 0;
        int conflict = 0;
        int rejected = 0;
        for (EventResult r : results) {
            switch (r.status()) {
                case EventResult.ACCEPTED -> accepted++;
                case EventResult.DUPLICATE -> duplicate++;
                case EventResult.CONFLICT -> conflict++;
                default -> rejected++;
            }
        }
        return new BatchResponse(results.size(), accepted, duplicate, conflict, rejected, results);
    }
}
