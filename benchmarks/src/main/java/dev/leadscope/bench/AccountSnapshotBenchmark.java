package dev.leadscope.bench;

import dev.leadscope.account.AccountScorer;
import dev.leadscope.account.AccountScoringSettings;
import dev.leadscope.account.probability.AccountSnapshot;
import dev.leadscope.domain.account.AccountId;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.lead.Lead;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.lead.TitlePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One account's snapshot (buying committee, stage, surge, recent activity) as every rescoring of one of its members
 * builds it: {@code members} leads with {@code events} events each, spread over a year, of which {@code recentPercent}
 * fall in the committee's 90-day lookback. The histories are ordered lists, as the stores and the kept histories give
 * them. Run with {@code -prof gc} for the bytes allocated per snapshot.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AccountSnapshotBenchmark {
    private static final WorkspaceId WS = new WorkspaceId("ws");
    private static final Instant AS_OF = Instant.parse("2024-06-03T00:00:00Z");
    private static final String[] TITLES = {"VP Engineering", "Chief Financial Officer", "Marketing Manager",
            "Senior Software Engineer", "Sales Operations Manager", "CEO", "IT Director", "Procurement Manager"};
    private static final EventType[] TYPES = {EventType.PAGE_VIEW, EventType.PAGE_VIEW, EventType.PAGE_VIEW, EventType.EMAIL_OPEN,
            EventType.EMAIL_CLICK, EventType.CONTENT_DOWNLOAD, EventType.TRIAL_SIGNUP, EventType.INTEGRATION_CONNECTED,
            EventType.MEETING_BOOKED, EventType.CALL, EventType.WEBINAR_ATTENDED};
    private static final String[] CATEGORIES = {"pricing", "docs", "blog", "case_study", null};

    @Param({"5"})
    int members;

    @Param({"100", "400"})
    int events;

    @Param({"25", "100"})
    int recentPercent;

    private final AccountScorer scorer = new AccountScorer(AccountScoringSettings.defaults());
    private final AccountId account = new AccountId("acc-1");
    private List<Lead> leads;
    private Map<LeadId, List<ActivityEvent>> history;
    private Map<LeadId, Double> probabilities;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(42);
        TitlePolicy titles = new TitlePolicy();
        leads = new ArrayList<>();
        history = new HashMap<>();
        probabilities = new HashMap<>();
        long lookback = Duration.ofDays(90).toSeconds();
        long year = Duration.ofDays(365).toSeconds();
        int id = 0;
        for (int m = 0; m < members; m++) {
            String title = TITLES[m % TITLES.length];
            Lead lead = new Lead(WS, new LeadId("lead-" + m), account, null, null, null, title, titles.classify(title),
                    null, null, AS_OF.minus(Duration.ofDays(400)), null, null);
            leads.add(lead);
            List<ActivityEvent> own = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                boolean recent = random.nextInt(100) < recentPercent;
                long ago = recent ? 1 + (long) (random.nextDouble() * (lookback - 1)) : lookback + (long) (random.nextDouble() * (year - lookback));
                EventType type = TYPES[random.nextInt(TYPES.length)];
                String category = type.equals(EventType.PAGE_VIEW) ? CATEGORIES[random.nextInt(CATEGORIES.length)] : null;
                own.add(new ActivityEvent(WS, new EventId("e" + id++), lead.id(), type, category, AS_OF.minusSeconds(ago), null));
            }
            history.put(lead.id(), OrderedEvents.of(own));
            probabilities.put(lead.id(), random.nextDouble());
        }
    }

    @Benchmark
    public AccountSnapshot snapshot() {
        return scorer.snapshot(account, leads, history, probabilities, false, AS_OF);
    }
}
