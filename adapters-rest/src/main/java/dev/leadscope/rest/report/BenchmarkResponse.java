package dev.leadscope.rest.report;

import dev.leadscope.domain.report.BenchmarkReport;
import dev.leadscope.domain.report.GroupBenchmark;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A benchmark: per rep or source, expected and actual conversions, their ratio with a 95 % interval, and the rank. */
@Serdeable
public record BenchmarkResponse(String by, String basis, Instant from, Instant to, int counted, int unscored, int horizonOpen,
                                List<Row> groups) {

    /** One group's line. */
    @Serdeable
    public record Row(int rank, String group, int leads, double expected, int actual, Double ratio, Double ratioLow,
                      Double ratioHigh, Double z) {
        static Row from(GroupBenchmark g) {
            return new Row(g.rank(), g.group(), g.leads(), g.expected(), g.actual(), finite(g.ratio()), finite(g.ratioLow()),
                    finite(g.ratioHigh()), finite(g.z()));
        }
    }

    public static BenchmarkResponse from(BenchmarkReport r) {
        return new BenchmarkResponse(r.by().wireName(), r.basis().wireName(), r.window().from(), r.window().to(), r.counted(), r.unscored(),
                r.horizonOpen(), r.groups().stream().map(Row::from).toList());
    }

    /** JSON has no NaN: an undefined figure is null. */
    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
