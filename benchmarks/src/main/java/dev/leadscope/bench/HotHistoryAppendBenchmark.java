package dev.leadscope.bench;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.EventId;
import dev.leadscope.domain.event.EventType;
import dev.leadscope.domain.event.OrderedEvents;
import dev.leadscope.domain.lead.LeadId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * A lead's next event added to the history kept in memory for it ({@link OrderedEvents#with}), as every accepted event
 * does: the history grows one event at a time from {@code events} to twice that, then starts again. Run with
 * {@code -prof gc} for the bytes allocated per event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotHistoryAppendBenchmark {
    @Param({"50", "150", "400"})
    int events;

    private ActivityEvent[] pool;
    private OrderedEvents base;
    private OrderedEvents list;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Instant t0 = Instant.parse("2024-06-03T00:00:00Z");
        pool = new ActivityEvent[2 * events];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new ActivityEvent(new WorkspaceId("ws"), new EventId("e" + i), new LeadId("l1"), EventType.PAGE_VIEW,
                    i % 3 == 0 ? "pricing" : null, t0.plusSeconds(60L * i), null);
        }
        List<ActivityEvent> first = new ArrayList<>(List.of(pool).subList(0, events));
        base = OrderedEvents.of(first);
        list = base;
        next = events;
    }

    @Benchmark
    public OrderedEvents appendOne() {
        if (next == pool.length) {
            list = base;
            next = events;
        }
        list = list.with(List.of(pool[next++]));
        return list;
    }
}
