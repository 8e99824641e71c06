package dev.leadscope.rest.realtime;

import dev.leadscope.domain.port.in.IngestEventsUseCase;
import dev.leadscope.domain.port.in.QualifyLeadUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.out.LeadHistoryUpdates;
import dev.leadscope.domain.port.out.Notifications;
import dev.leadscope.domain.port.out.RescoringStates;
import dev.leadscope.domain.rescoring.AccountScoreMemo;
import dev.leadscope.domain.rescoring.ChangeDetector;
import dev.leadscope.domain.rescoring.CoalescingQueue;
import dev.leadscope.domain.rescoring.EventsMemo;
import dev.leadscope.domain.rescoring.IntentMemo;
import dev.leadscope.domain.rescoring.MembersMemo;
import dev.leadscope.domain.rescoring.NotesMemo;
import dev.leadscope.domain.rescoring.OutcomesMemo;
import dev.leadscope.domain.rescoring.RescoringService;
import dev.leadscope.domain.service.EventIngestService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wires real-time rescoring: the bounded queue, the rescoring service publishing to whichever {@link Notifications}
 * is present (none: nothing is published), and the two faces of ingest that queue what they accept: the API's
 * (refuses when the queue is full) and the imports' ({@value #WAITING}: waits for room).
 */
@Factory
public class RescoringWiring {
    /** The name of the ingest that waits for room instead of refusing. */
    public static final String WAITING = "waiting";

    @Singleton
    CoalescingQueue rescoringQueue(RescoringSettings settings) {
        return new CoalescingQueue(settings.queueCapacity());
    }

    @Singleton
    RescoringService rescoringService(ScoreLeadUseCase scoring, QualifyLeadUseCase qualification, AccountScoreMemo accounts,
                                      MembersMemo members, RescoringStates states, @Nullable Notifications notifications,
                                      RescoringSettings settings, Clock clock, RescoringMetrics metrics, IntentMemo intent,
                                      EventsMemo events, NotesMemo notes, OutcomesMemo outcomes) {
        // the batch's leads, read for the histories, are read again for the states: the members memo answers from the
        // first read; each chunk of qualification runs inside the memos
        RescoringService.ChunkScope chunks = new ChunkMemos(intent, members, events, notes, outcomes);
        return new RescoringService(scoring, qualification, accounts, members, states,
                notifications == null ? Notifications.NONE : notifications, new ChangeDetector(settings.thresholds()), clock, metrics,
                chunks);
    }

    @Primary
    @Singleton
    IngestEventsUseCase refusingIngest(EventIngestService ingest, CoalescingQueue queue, LatestScores latest,
                                       RescoringMetrics metrics, RescoringWorker worker, Clock clock, RescoringSettings settings,
                                       @Nullable LeadHistoryUpdates histories) {
        return new RescoringIngest(ingest, queue, latest, metrics, worker, clock, RescoringIngest.WhenFull.REFUSE,
                settings.retryAfterSeconds(), histories == null ? LeadHistoryUpdates.NONE : histories);
    }

    @Named(WAITING)
    @Singleton
    IngestEventsUseCase waitingIngest(EventIngestService ingest, CoalescingQueue queue, LatestScores latest,
                                      RescoringMetrics metrics, RescoringWorker worker, Clock clock, RescoringSettings settings,
                                      @Nullable LeadHistoryUpdates histories) {
        return new RescoringIngest(ingest, queue, latest, metrics, worker, clock, RescoringIngest.WhenFull.WAIT,
                settings.retryAfterSeconds(), histories == null ? LeadHistoryUpdates.NONE : histories);
    }
}
