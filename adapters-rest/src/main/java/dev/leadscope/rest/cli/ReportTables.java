package dev.leadscope.rest.cli;

import dev.leadscope.domain.report.BenchmarkReport;
import dev.leadscope.domain.report.ExplorationReport;
import dev.leadscope.domain.report.GroupBenchmark;
import dev.leadscope.domain.report.GroupRate;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints the reports as readable fixed-width tables. */
final class ReportTables {
    private ReportTables() {
    }

    static void benchmark(PrintWriter out, BenchmarkReport r) {
        out.printf(Locale.ROOT, "benchmark by %s (%s scores), leads worked from %s to %s: %d counted, %d without a score, "
                + "%d horizon not passed%n", r.by().wireName(), r.basis().wireName(), r.window().from(), r.window().to(), r.counted(), r.unscored(), r.horizonOpen());
        out.printf(Locale.ROOT, "%4s  %-32s %6s %9s %7s %7s %17s %7s%n", "rank", r.by().wireName(), "leads", "expected", "actual",
                "ratio", "95 % interval", "z");
        for (GroupBenchmark g : r.groups()) {
            out.printf(Locale.ROOT, "%4d  %-32s %6d %9.1f %7d %7s %17s %7s%n", g.rank(), clip(g.group()), g.leads(), g.expected(),
                    g.actual(), number(g.ratio()), "[" + number(g.ratioLow()) + ", " + number(g.ratioHigh()) + "]", number(g.z()));
        }
    }

    static void exploration(PrintWriter out, ExplorationReport r) {
        out.printf(Locale.ROOT, "exploration share %.3f, leads first scored from %s to %s (%d never scored, %d horizon not passed)%n",
                r.share(), r.window().from(), r.window().to(), r.unscored(), r.horizonOpen());
        out.printf(Locale.ROOT, "%-18s %7s %11s %9s %19s%n", "group", "leads", "conversions", "rate", "95 % interval");
        for (GroupRate g : new GroupRate[] {r.routedByScore(), r.exploration(), r.heldBack()}) {
            out.printf(Locale.ROOT, "%-18s %7d %11d %9s %19s%n", g.group(), g.leads(), g.conversions(), percent(g.rate()),
                    "[" + percent(g.low()) + ", " + percent(g.high()) + "]");
        }
        for (GroupRate.Difference d : new GroupRate.Difference[] {r.scoreOverExploration(), r.explorationOverHeldBack()}) {
            out.printf(Locale.ROOT, "%-40s %9s [%s, %s]%n", d.name(), percent(d.value()), percent(d.low()), percent(d.high()));
        }
    }

    private static String clip(String s) {
        return s.length() <= 32 ? s : s.substring(0, 31) + "…";
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "-";
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f %%", v * 100) : "-";
    }
}
