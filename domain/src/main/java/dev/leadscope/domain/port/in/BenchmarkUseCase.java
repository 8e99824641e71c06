package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.report.Basis;
import dev.leadscope.domain.report.BenchmarkReport;
import dev.leadscope.domain.report.Grouping;
import dev.leadscope.domain.report.ReportWindow;

/**
 * Benchmarks reps and lead sources against the model: per group, the conversions expected from the probabilities
 * the leads had when they were worked, the conversions that happened, their ratio with a 95 % interval, and a rank.
 * A lead is worked at its first sales touch (call, meeting booked, chat), or when created if it has none; it counts
 * in the window holding that moment. Implementations are thread-safe.
 */
public interface BenchmarkUseCase {

    /**
     * @param by    rep (leads without an owner are left out), channel, campaign or source (channel / campaign)
     * @param basis where each lead's probability comes from
     */
    BenchmarkReport benchmark(WorkspaceId workspace, Grouping by, ReportWindow window, Basis basis);
}
