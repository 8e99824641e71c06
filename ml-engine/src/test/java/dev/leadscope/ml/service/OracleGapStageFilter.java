package dev.leadscope.ml.service;

import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.ml.snapshot.LeadHistory;
import dev.leadscope.ml.snapshot.TrainingExamples;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * How much of the simulator's hidden stage the observable weekly signals can give back at best, for
 * {@link OracleGapStudy}: a forward filter over each account's weeks (a hidden Markov model whose transitions and
 * per-stage signal distributions are counted from the ground truth of the weeks before the split, so the best such a
 * filter could learn), read at the snapshot's last full week. Test-only: the counts use the hidden stages.
 */
final class OracleGapStageFilter {
    private static final Set<String> SALES = Set.of("call", "meeting_booked", "chat");
    private static final Set<String> PRODUCT = Set.of("trial_signup", "integration_connected", "teammate_invited");
    private static final int STAGES = 6;
    /** Bins per signal: events per member, sales touches, product events, pricing views, leads joined, buyer joined, intent. */
    private static final int[] BINS = {7, 4, 3, 3, 3, 2, 7};

    private final Map<String, double[][]> posterior = new HashMap<>();
    private final Instant origin;

    private OracleGapStageFilter(Instant origin) {
        this.origin = origin;
    }

    /** Fits the filter on the account weeks before {@code cut} and filters every account's weeks. */
    static OracleGapStageFilter fit(List<LeadHistory> histories, Map<String, byte[]> stages, Instant origin, Instant cut) {
        OracleGapStageFilter f = new OracleGapStageFilter(origin);
        Map<String, List<LeadHistory>> byAccount = new HashMap<>();
        for (LeadHistory h : histories) {
            if (h.account() != null) {
                byAccount.computeIfAbsent(h.account().id().value(), k -> new ArrayList<>()).add(h);
            }
        }
        int cutWeek = (int) (Duration.between(origin, cut).toDays() / 7);
        Map<String, int[][]> observed = new HashMap<>();
        double[][] trans = new double[STAGES][STAGES];
        double[] first = new double[STAGES];
        double[][][] emit = new double[STAGES][BINS.length][];
        for (int s = 0; s < STAGES; s++) {
            for (int k = 0; k < BINS.length; k++) {
                emit[s][k] = new double[BINS[k]];
                java.util.Arrays.fill(emit[s][k], 1.0);
            }
            java.util.Arrays.fill(trans[s], 0.1);
            first[s] = 0.1;
        }
        byAccount.forEach((account, members) -> {
            byte[] s = stages.get(account);
            if (s == null) {
                return;
            }
            int[][] o = f.observations(members, s.length);
            observed.put(account, o);
            first[s[0]]++;
            for (int w = 0; w < Math.min(cutWeek, s.length); w++) {
                if (w > 0) {
                    trans[s[w - 1]][s[w]]++;
                }
                for (int k = 0; k < BINS.length; k++) {
                    emit[s[w]][k][o[w][k]]++;
                }
            }
        });
        normalise(first);
        for (int s = 0; s < STAGES; s++) {
            normalise(trans[s]);
            for (int k = 0; k < BINS.length; k++) {
                normalise(emit[s][k]);
            }
        }
        observed.forEach((account, o) -> f.posterior.put(account, forward(o, first, trans, emit)));
        return f;
    }

    /** The filtered stage probabilities after the last full week before {@code t} (NaN before week 0 or without an account). */
    double[] at(LeadHistory h, Instant t) {
        double[] nan = new double[STAGES - 2];
        java.util.Arrays.fill(nan, Double.NaN);
        if (h.account() == null) {
            return nan;
        }
        double[][] p = posterior.get(h.account().id().value());
        int week = (int) (Duration.between(origin, t).toDays() / 7) - 1;
        if (p == null || week < 0 || week >= p.length) {
            return nan;
        }
        return java.util.Arrays.copyOf(p[week], STAGES - 2);
    }

    /** Held-out snapshots counted by their true stage (rows) and the filter's most likely one (columns). */
    int[][] confusion(List<LeadHistory> histories, List<TrainingExamples.Example> examples,
                      BiFunction<LeadHistory, Instant, Double> truth) {
        int[][] out = new int[STAGES][STAGES];
        for (TrainingExamples.Example e : examples) {
            LeadHistory h = histories.get(e.history());
            double stage = truth.apply(h, e.at());
            double[] q = at(h, e.at());
            if (Double.isNaN(stage) || Double.isNaN(q[0])) {
                continue;
            }
            int best = 0;
            for (int k = 1; k < q.length; k++) {
                best = q[k] > q[best] ? k : best;
            }
            out[(int) stage][best]++;
        }
        return out;
    }

    private static double[][] forward(int[][] o, double[] first, double[][] trans, double[][][] emit) {
        double[][] alpha = new double[o.length][STAGES];
        for (int w = 0; w < o.length; w++) {
            for (int s = 0; s < STAGES; s++) {
                double prior = 0;
                if (w == 0) {
                    prior = first[s];
                } else {
                    for (int r = 0; r < STAGES; r++) {
                        prior += alpha[w - 1][r] * trans[r][s];
                    }
                }
                double e = 1;
                for (int k = 0; k < BINS.length; k++) {
                    e *= emit[s][k][o[w][k]];
                }
                alpha[w][s] = prior * e;
            }
            normalise(alpha[w]);
        }
        return alpha;
    }

    private int[][] observations(List<LeadHistory> members, int weeks) {
        double[] events = new double[weeks];
        int[] sales = new int[weeks];
        int[] product = new int[weeks];
        int[] pricing = new int[weeks];
        int[] joined = new int[weeks];
        int[] buyer = new int[weeks];
        double[][] intent = new double[weeks][2];
        int[] members0 = new int[weeks];
        for (LeadHistory h : members) {
            int created = week(h.lead().createdAt());
            if (created >= 0 && created < weeks) {
                joined[created]++;
                if (h.lead().committeeRole() == CommitteeRole.ECONOMIC_BUYER) {
                    buyer[created] = 1;
                }
            }
            for (int w = Math.max(0, created); w < weeks; w++) {
                members0[w]++;
            }
            for (ActivityEvent e : h.events()) {
                int w = week(e.occurredAt());
                if (w < 0 || w >= weeks) {
                    continue;
                }
                events[w]++;
                String type = e.type().name();
                sales[w] += SALES.contains(type) ? 1 : 0;
                product[w] += PRODUCT.contains(type) ? 1 : 0;
                pricing[w] += "pricing".equals(e.category()) ? 1 : 0;
            }
        }
        for (IntentSignal s : members.get(0).intent()) {
            int w = week(s.weekStart().atStartOfDay(ZoneOffset.UTC).toInstant());
            if (w >= 0 && w < weeks) {
                intent[w][0] += s.score();
                intent[w][1]++;
            }
        }
        int[][] o = new int[weeks][];
        for (int w = 0; w < weeks; w++) {
            double perMember = events[w] / Math.max(1, members0[w]);
            double in = intent[w][1] == 0 ? -1 : intent[w][0] / intent[w][1];
            o[w] = new int[] {
                    bin(perMember, 0.001, 0.3, 0.7, 1.2, 2, 3.5),
                    Math.min(sales[w], 3),
                    Math.min(product[w], 2),
                    Math.min(pricing[w], 2),
                    Math.min(joined[w], 2),
                    buyer[w],
                    in < 0 ? 0 : 1 + bin(in, 20, 35, 50, 60, 70)};
        }
        return o;
    }

    private static int bin(double v, double... bounds) {
        int b = 0;
        while (b < bounds.length && v >= bounds[b]) {
            b++;
        }
        return b;
    }

    private int week(Instant t) {
        return (int) Math.floorDiv(Duration.between(origin, t).getSeconds(), 7 * 86_400L);
    }

    private static void normalise(double[] p) {
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = sum == 0 ? 1.0 / p.length : p[i] / sum;
        }
    }
}
