package dev.leadscope.rest.report;

import dev.leadscope.domain.report.ExplorationReport;
import dev.leadscope.domain.report.GroupRate;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Conversion of leads routed by score, exploration leads and held-back leads, with intervals and differences. */
@Serdeable
public record ExplorationResponse(Instant from, Instant to, double share, Rate routedByScore, Rate exploration, Rate heldBack,
                                  Difference scoreOverExploration, Difference explorationOverHeldBack, int unscored,
                                  int horizonOpen) {

    /** A group's conversion rate with its 95 % Wilson interval. */
    @Serdeable
    public record Rate(int leads, int conversions, Double rate, Double low, Double high) {
        static Rate from(GroupRate r) {
            return new Rate(r.leads(), r.conversions(), BenchmarkResponse.finite(r.rate()), BenchmarkResponse.finite(r.low()),
                    BenchmarkResponse.finite(r.high()));
        }
    }

    /** A difference of rates with its 95 % interval. */
    @Serdeable
    public record Difference(Double value, Double low, Double high) {
        static Difference from(GroupRate.Difference d) {
            return new Difference(BenchmarkResponse.finite(d.value()), BenchmarkResponse.finite(d.low()),
                    BenchmarkResponse.finite(d.high()));
        }
    }

    public static ExplorationResponse from(ExplorationReport r) {
        return new ExplorationResponse(r.window().from(), r.window().to(), r.share(), Rate.from(r.routedByScore()),
                Rate.from(r.exploration()), Rate.from(r.heldBack()), Difference.from(r.scoreOverExploration()),
                Difference.from(r.explorationOverHeldBack()), r.unscored(), r.horizonOpen());
    }
}
