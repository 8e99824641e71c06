package dev.leadscope.domain.report;

import dev.leadscope.domain.lead.LeadId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The expected side of the account basis over the same span as its actual side: each account counts as won when it
 * was won at any time between its entry and the moment the report is made, so its expectation is the probability of
 * a win within that span, not within the model's horizon.
 *
 * <p>The model gives each account at entry a probability {@code p} of converting within its horizon; read as a
 * cumulative hazard {@code r = -ln(1 - p)} it ranks the accounts' entry risk. The accounts are taken to win with
 * proportional hazards {@code r h0(t)}, {@code t} the time since entry, and the baseline's cumulative hazard
 * {@code H0} is estimated from the same accounts of every group pooled (Breslow): each win at {@code t} adds
 * {@code 1 / sum r} of the accounts still unwon at {@code t}. A lost account stays in that sum until the report's
 * moment (a loss does not end the chance of being won in the sense counted here, so {@code 1 - exp(-r H0(t))} is the
 * probability of having been won by {@code t}). The expectation of an account observed for a span {@code s} is
 * {@code 1 - exp(-r H0(s))}; summed over the accounts it is about the number of wins, so a group's ratio reads
 * against the average of all groups. The model's horizon does not enter: only the order and spacing of the entry
 * risks does, and the shape over time comes from the workspace's own wins.
 */
public final class WinsBySpan {
    private WinsBySpan() {
    }

    /**
     * An account as counted: its first lead, group, the probability at entry, how long after entry the report is made
     * ({@code span}, positive) and when after entry it was won ({@code wonAfter}, at most {@code span}; null if not won).
     */
    public record AccountEntry(LeadId first, String group, double entryProbability, Duration span, Duration wonAfter) {
        public AccountEntry {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(span, "span");
            if (!(entryProbability >= 0 && entryProbability <= 1)) {
                throw new IllegalArgumentException("entryProbability must be in [0,1]: " + entryProbability);
            }
            if (span.isNegative() || span.isZero()) {
                throw new IllegalArgumentException("span must be positive: " + span);
            }
            if (wonAfter != null && (wonAfter.isNegative() || wonAfter.compareTo(span) > 0)) {
                throw new IllegalArgumentException("wonAfter must be between 0 and the span " + span + ": " + wonAfter);
            }
        }

        boolean won() {
            return wonAfter != null;
        }

        /** The entry risk as a cumulative hazard; a certainty is capped so that it stays finite. */
        double risk() {
            return -Math.log(1 - Math.min(entryProbability, 1 - 1e-9));
        }

        long exitSeconds() {
            return (won() ? wonAfter : span).toSeconds();
        }
    }

    /** Each account with the probability of a win within its span, and whether it was won within it. */
    public static List<WorkedLead> expect(List<AccountEntry> accounts) {
        int n = accounts.size();
        long[] exits = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(accounts.get(a).exitSeconds(), accounts.get(b).exitSeconds()));
        double[] riskFromHere = new double[n + 1];
        for (int k = n - 1; k >= 0; k--) {
            AccountEntry a = accounts.get(order[k]);
            exits[k] = a.exitSeconds();
            riskFromHere[k] = riskFromHere[k + 1] + a.risk();
        }
        long[] winAt = new long[n];
        double[] baseline = new double[n];
        int wins = 0;
        double cumulative = 0;
        for (int k = 0; k < n; k++) {
            double atRisk = riskFromHere[firstAtOrAfter(exits, n, exits[k])];
            if (accounts.get(order[k]).won() && atRisk > 0) {
                cumulative += 1 / atRisk;
                winAt[wins] = exits[k];
                baseline[wins++] = cumulative;
            }
        }
        List<WorkedLead> out = new ArrayList<>(n);
        for (AccountEntry a : accounts) {
            int after = firstAtOrAfter(winAt, wins, a.span().toSeconds() + 1);
            double h0 = after == 0 ? 0 : baseline[after - 1];
            out.add(new WorkedLead(a.first(), a.group(), 1 - Math.exp(-a.risk() * h0), a.won()));
        }
        return out;
    }

    /** The first index in {@code sorted[0, size)} holding at least {@code t}. */
    private static int firstAtOrAfter(long[] sorted, int size, long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
