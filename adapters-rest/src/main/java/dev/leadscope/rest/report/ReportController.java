package dev.leadscope.rest.report;

import dev.leadscope.domain.port.in.BenchmarkUseCase;
import dev.leadscope.domain.port.in.ExplorationReportUseCase;
import dev.leadscope.domain.report.Basis;
import dev.leadscope.domain.report.Grouping;
import dev.leadscope.domain.report.ReportWindow;
import dev.leadscope.rest.common.Fields;
import dev.leadscope.rest.wiring.WorkspaceResolver;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Rep and channel benchmarks against the model, and the exploration report (analysts). */
@Controller("/api/v1/reports")
@Tag(name = "reports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportController {
    /** The window when {@code from} is left out: this long before {@code to}. */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(365);
    private final BenchmarkUseCase benchmarks;
    private final ExplorationReportUseCase exploration;
    private final WorkspaceResolver workspaces;
    private final Clock clock;

    public ReportController(BenchmarkUseCase benchmarks, ExplorationReportUseCase exploration, WorkspaceResolver workspaces,
                            Clock clock) {
        this.benchmarks = benchmarks;
        this.exploration = exploration;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Get("/reps")
    @Operation(summary = "Per rep: conversions expected from the scores of the leads they worked, actual conversions, "
            + "actual/expected with a 95 % interval, and the rank; basis=blind (default: scored with the owner hidden), stored "
            + "or account (each account once, its first lead scored blind at its creation, won at any time up to now and expected "
            + "to be won within that same span)")
    public BenchmarkResponse reps(HttpRequest<?> http, @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                                  @QueryValue(defaultValue = "blind") String basis) {
        return BenchmarkResponse.from(benchmarks.benchmark(workspaces.resolve(http), Grouping.REP, window(from, to), basis(basis)));
    }

    @Get("/channels")
    @Operation(summary = "The same benchmark per lead channel, campaign or source (channel / campaign)")
    public BenchmarkResponse channels(HttpRequest<?> http, @QueryValue(defaultValue = "channel") String by,
                                      @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                                      @QueryValue(defaultValue = "blind") String basis) {
        Grouping grouping = Fields.named("by", () -> {
            Grouping g = Grouping.parse(by);
            if (g == Grouping.REP) {
                throw new IllegalArgumentException("by must be channel, campaign or source (reps: GET /api/v1/reports/reps)");
            }
            return g;
        });
        return BenchmarkResponse.from(benchmarks.benchmark(workspaces.resolve(http), grouping, window(from, to), basis(basis)));
    }

    @Get("/exploration")
    @Operation(summary = "Conversion of leads routed by score, of exploration leads and of held-back leads, with intervals")
    public ExplorationResponse exploration(HttpRequest<?> http, @QueryValue @Nullable Instant from,
                                           @QueryValue @Nullable Instant to) {
        return ExplorationResponse.from(exploration.report(workspaces.resolve(http), window(from, to)));
    }

    private static Basis basis(String text) {
        return Fields.named("basis", () -> Basis.parse(text));
    }

    private ReportWindow window(Instant from, Instant to) {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(DEFAULT_WINDOW) : from;
        return Fields.named("from", () -> new ReportWindow(start, end));
    }
}
