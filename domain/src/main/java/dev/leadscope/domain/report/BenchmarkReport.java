package dev.leadscope.domain.report;

import java.util.List;
import java.util.Objects;

/**
 * A benchmark over a window: one row per group, and how many leads were counted, and left out because no score could
 * be had for the moment they were worked or because their horizon has not passed yet.
 */
public record BenchmarkReport(Grouping by, Basis basis, ReportWindow window, List<GroupBenchmark> groups, int counted,
                              int unscored, int horizonOpen) {
    public BenchmarkReport {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(window, "window");
        groups = List.copyOf(groups);
    }
}
