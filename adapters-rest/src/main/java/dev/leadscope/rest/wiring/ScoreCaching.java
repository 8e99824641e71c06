package dev.leadscope.rest.wiring;

import dev.leadscope.domain.port.out.LeadScores;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Puts {@link HotLeadScores} in front of the score store wherever it is injected, so that every score appended through
 * this instance is kept in {@link LatestProbabilities}.
 */
@Singleton
class ScoreCaching implements BeanCreatedEventListener<LeadScores> {
    private final LatestProbabilities latest;

    ScoreCaching(LatestProbabilities latest) {
        this.latest = latest;
    }

    @Override
    public LeadScores onCreated(BeanCreatedEvent<LeadScores> event) {
        LeadScores stored = event.getBean();
        return latest.off() || stored instanceof HotLeadScores ? stored : new HotLeadScores(stored, latest);
    }
}
