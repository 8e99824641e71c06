package dev.leadscope.rest.wiring;

import dev.leadscope.account.AccountScoringService;
import dev.leadscope.account.AccountScoringSettings;
import dev.leadscope.account.probability.AccountModelTrainer;
import dev.leadscope.account.probability.CombinedAccountModel;
import dev.leadscope.account.training.AccountModelTrainingService;
import dev.leadscope.account.training.ActiveAccountModels;
import dev.leadscope.domain.port.in.AssignLeadUseCase;
import dev.leadscope.domain.port.in.ScoreLeadUseCase;
import dev.leadscope.domain.port.in.TrainAccountModelUseCase;
import dev.leadscope.domain.port.out.AccountModelRegistry;
import dev.leadscope.domain.port.out.Accounts;
import dev.leadscope.domain.port.out.ActivityEvents;
import dev.leadscope.domain.port.out.IntentSignals;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.port.out.Leads;
import dev.leadscope.domain.port.out.Notes;
import dev.leadscope.domain.port.out.Outcomes;
import dev.leadscope.domain.port.out.RecentLeadEvents;
import dev.leadscope.domain.port.out.RecentLeadNotes;
import dev.leadscope.domain.rescoring.AccountScoreMemo;
import dev.leadscope.domain.rescoring.EventsMemo;
import dev.leadscope.domain.rescoring.IntentMemo;
import dev.leadscope.domain.rescoring.MembersMemo;
import dev.leadscope.domain.rescoring.NotesMemo;
import dev.leadscope.domain.rescoring.OutcomesMemo;
import dev.leadscope.domain.scoring.Tier;
import dev.leadscope.qualification.QualificationConfig;
import dev.leadscope.qualification.QualificationService;
import dev.leadscope.qualification.QualificationSettings;
import dev.leadscope.qualification.routing.ExplorationPolicy;
import dev.leadscope.qualification.routing.LeadAssignmentService;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.naming.conventions.StringConvention;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makes lead qualification, account scoring and account model training beans, with the qualification settings
 * read from the properties under {@value #PREFIX} (defaults for every key left out). Accounts are scored with the
 * workspace's active stored account model, or the default combination while none is active.
 */
@Factory
public class QualificationWiring {
    /** Where the qualification settings live in the configuration. */
    public static final String PREFIX = "leadscope.qualification";

    @Singleton
    ActiveAccountModels activeAccountModels(AccountModelRegistry registry, Clock clock,
                                            @Value("${leadscope.accounts.model-recheck-seconds:10}") int recheckSeconds) {
        if (recheckSeconds < 0) {
            throw new IllegalArgumentException("leadscope.accounts.model-recheck-seconds must be >= 0: " + recheckSeconds);
        }
        return new ActiveAccountModels(registry, CombinedAccountModel.defaults(), Duration.ofSeconds(recheckSeconds), clock);
    }

    @Primary
    @Singleton
    AccountScoringService accountScoring(MembersMemo leads, Accounts accounts, EventsMemo events, LeadScores scores,
                                         OutcomesMemo outcomes, Clock clock, ActiveAccountModels models) {
        // the members' events come from the hot lead state when they were just scored (a rescoring batch scores first)
        return new AccountScoringService(leads, accounts, events, scores, outcomes, clock, AccountScoringSettings.defaults(),
                models);
    }

    @Singleton
    TrainAccountModelUseCase accountModelTraining(Leads leads, Accounts accounts, ActivityEvents events, LeadScores scores,
                                                  Outcomes outcomes, AccountModelRegistry registry, Clock clock,
                                                  ActiveAccountModels models, ScoreLeadUseCase leadScoring) {
        return new AccountModelTrainingService(leads, accounts, events, scores, outcomes, registry, AccountScoringSettings.defaults(),
                AccountModelTrainer.Settings.defaults(), clock, models::forget, leadScoring);
    }

    /** Account scoring that rescoring batches score each account with once (qualification asks for its stage). */
    @Singleton
    AccountScoreMemo accountScoreMemo(AccountScoringService scoring) {
        return new AccountScoreMemo(scoring);
    }

    /**
     * Intent read once per account in a rescoring batch (for the histories, then for qualification), from the accounts'
     * signals kept in memory ({@code leadscope.cache.intent-records}, 0: off, {@code intent-seconds}); typed so that it
     * is injected only where asked for by name, never where the store is.
     */
    @Bean(typed = IntentMemo.class)
    @Singleton
    IntentMemo intentMemo(IntentSignals intent, @Value("${leadscope.cache.intent-records:250000}") long records,
                          @Value("${leadscope.cache.intent-seconds:300}") int seconds) {
        if (records < 0 || seconds < 1) {
            throw new IllegalArgumentException("leadscope.cache.intent-records must be >= 0 and intent-seconds >= 1: "
                    + records + ", " + seconds);
        }
        return new IntentMemo(records == 0 ? intent : new HotIntentSignals(intent, records, Duration.ofSeconds(seconds)));
    }

    /**
     * Leads whose account members a rescoring batch lists once per account (for the histories, qualification and the
     * account's score); typed so that it is injected only where asked for by name, never where the store is.
     */
    @Bean(typed = MembersMemo.class)
    @Singleton
    MembersMemo membersMemo(Leads leads, MemberLists lists) {
        // across batches too: each account's member pages are kept in memory (dropped by every lead saved)
        return new MembersMemo(lists.off() ? leads : new HotMembers(leads, lists, true));
    }

    /**
     * Each account's member pages kept across rescoring batches ({@code leadscope.cache.member-leads} leads in all, 0:
     * off, {@code member-seconds} each), dropped by the saves of the lead store ({@link LeadCaching}) and by erasure.
     */
    @Singleton
    MemberLists memberLists(@Value("${leadscope.cache.member-leads:100000}") long leads,
                            @Value("${leadscope.cache.member-seconds:300}") int seconds) {
        if (leads < 0 || seconds < 1) {
            throw new IllegalArgumentException("leadscope.cache.member-leads must be >= 0 and member-seconds >= 1: "
                    + leads + ", " + seconds);
        }
        return new MemberLists(leads, Duration.ofSeconds(seconds));
    }

    /**
     * The probability of each lead's latest score, for the committees that account scoring reads
     * ({@code leadscope.cache.probability-leads}, 0: off, {@code probability-seconds} each), kept from the scores
     * appended through the score store ({@link ScoreCaching}) and dropped by erasure.
     */
    @Singleton
    LatestProbabilities latestProbabilities(@Value("${leadscope.cache.probability-leads:200000}") long leads,
                                            @Value("${leadscope.cache.probability-seconds:300}") int seconds) {
        if (leads < 0 || seconds < 1) {
            throw new IllegalArgumentException("leadscope.cache.probability-leads must be >= 0 and probability-seconds >= 1: "
                    + leads + ", " + seconds);
        }
        return new LatestProbabilities(leads, Duration.ofSeconds(seconds));
    }

    /**
     * Events read once per lead in a chunk of rescoring (for the accounts' scores, then for qualification), over the
     * hot lead state when there is one; typed so that it is injected only where asked for by name, never where the
     * store is.
     */
    @Bean(typed = EventsMemo.class)
    @Singleton
    EventsMemo eventsMemo(ActivityEvents events, @Nullable RecentLeadEvents recent) {
        return new EventsMemo(hot(events, recent));
    }

    /**
     * Notes that a bulk rescoring's chunk hands what it read to, so that qualification reads none again, over the hot lead
     * state when there is one; typed so that it is injected only where asked for by name, never where the store is.
     */
    @Bean(typed = NotesMemo.class)
    @Singleton
    NotesMemo notesMemo(Notes notes, @Nullable RecentLeadNotes recent) {
        return new NotesMemo(recent == null ? notes : new HotNotes(recent, notes));
    }

    /**
     * Outcomes that a bulk rescoring's chunk hands what it read to, so that its account scores read none again; typed so
     * that it is injected only where asked for by name, never where the store is.
     */
    @Bean(typed = OutcomesMemo.class)
    @Singleton
    OutcomesMemo outcomesMemo(Outcomes outcomes) {
        return new OutcomesMemo(outcomes);
    }

    @Singleton
    QualificationSettings qualificationSettings(Environment environment, ExplorationPolicy exploration) {
        return settings(environment.getProperties(PREFIX, StringConvention.RAW)).withExploration(exploration);
    }

    /**
     * Exploration from {@code leadscope.learning.exploration.*}: {@code share} (default 0.05), {@code tiers} (default
     * low) and {@code seed}.
     */
    @Singleton
    ExplorationPolicy exploration(@Value("${leadscope.learning.exploration.share:0.05}") double share,
                                  @Value("${leadscope.learning.exploration.tiers:low}") List<String> tiers,
                                  @Value("${leadscope.learning.exploration.seed:leadscope-exploration}") String seed) {
        try {
            return new ExplorationPolicy(share, tiers.stream().map(t -> Tier.valueOf(t.strip().toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toSet()), seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("leadscope.learning." + e.getMessage(), e);
        }
    }

    @Singleton
    QualificationService qualification(MembersMemo leads, Accounts accounts, EventsMemo events, NotesMemo notes,
                                       LeadScores scores, AccountScoreMemo accountScores, Clock clock,
                                       QualificationSettings settings, IntentMemo batchIntent) {
        return new QualificationService(leads, accounts, events, batchIntent, notes, scores, accountScores, clock,
                settings);
    }

    @Singleton
    AssignLeadUseCase leadAssignment(Leads leads, Outcomes outcomes, QualificationService qualification, QualificationSettings settings) {
        return new LeadAssignmentService(leads, outcomes, qualification, settings.assignment());
    }

    private static ActivityEvents hot(ActivityEvents stored, RecentLeadEvents recent) {
        return recent == null ? stored : new HotActivityEvents(recent, stored);
    }

    /** The settings from properties with the prefix removed; a list value (e.g. related hiring) is joined with commas. */
    static QualificationSettings settings(Map<String, Object> properties) {
        Map<String, String> flat = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (value instanceof Collection<?> list) {
                flat.put(key, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
            } else if (value != null && !(value instanceof Map<?, ?>)) {
                flat.put(key, String.valueOf(value));
            }
        });
        try {
            return QualificationConfig.fromProperties(flat);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "." + e.getMessage(), e);
        }
    }
}
