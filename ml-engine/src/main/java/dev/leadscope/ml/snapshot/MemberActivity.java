package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.event.ActivityEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One committee member's events before a moment t, read in one pass into primitive arrays: for every counted event
 * key (slot 0 holds all events, slot 1 + k the model's k-th key) the counts in the last 7, 28, 30 and 90 days, the
 * exponentially decayed sum (half-life about 10 days) and the age of the latest; the member's pricing journeys and
 * the distinct event types of its last 30 days; its buying-stage figures ({@link BuyingSignals.Member}). The lead's
 * own behaviour, its committee's, its team's and its account's buying stage are all built from these, so each
 * member's events are read once per moment. Only events strictly before t are seen.
 * Read-only once built.
 */
final class MemberActivity {
    static final double DECAY_DAYS = 14.0;
    /** A case study and a pricing view by one person at most this many days apart form a journey. */
    static final double JOURNEY_DAYS = 4.0;
    private static final int[] NO_TYPES = new int[0];

    final int[] n7;
    final int[] n28;
    final int[] n30;
    final int[] n90;
    final double[] decayed;
    final double[] lastAgeDays;
    double caseStudyThenPricing = Double.NaN;
    double pricingThenCaseStudy = Double.NaN;
    int distinctTypes30d;
    /** The member's buying-stage figures, read in the same pass. */
    BuyingSignals.Member buying;

    private MemberActivity(int slots) {
        n7 = new int[slots];
        n28 = new int[slots];
        n30 = new int[slots];
        n90 = new int[slots];
        decayed = new double[slots];
        lastAgeDays = new double[slots];
        Arrays.fill(lastAgeDays, Double.NaN);
    }

    /** An empty tally over {@code slots} slots, to sum members into. */
    static MemberActivity empty(int slots) {
        return new MemberActivity(slots);
    }

    /**
     * Tallies {@code events} (oldest first) before {@code t}; {@code slotOf} gives the slot of each key number
     * ({@link EventKeys#id}), 0 or beyond its end for keys the model does not count on their own.
     */
    static MemberActivity of(List<ActivityEvent> events, Instant t, int[] slotOf, int slots) {
        MemberActivity a = new MemberActivity(slots);
        int[] types = NO_TYPES;
        int typeCount = 0;
        Instant lastCaseStudy = null;
        Instant lastPricing = null;
        BuyingSignals.Member.Tally buying = new BuyingSignals.Member.Tally();
        for (ActivityEvent e : events) {
            Instant at = e.occurredAt();
            if (!at.isBefore(t)) {
                break;
            }
            double age = Cells.days(at, t);
            double decay = age < 365 ? Math.exp(-age / DECAY_DAYS) : 0.0;
            a.add(0, age, decay);
            EventKeys.Keys keys = EventKeys.of(e);
            buying.add(age, keys.salesTouch(), keys.productEvent());
            int[] ids = keys.ids();
            for (int id : ids) {
                int slot = id >= 0 && id < slotOf.length ? slotOf[id] : 0;
                if (slot > 0) {
                    a.add(slot, age, decay);
                }
            }
            if (age < 30 && indexOf(types, typeCount, ids[0]) < 0) {
                if (typeCount == types.length) {
                    types = Arrays.copyOf(types, Math.max(8, typeCount * 2));
                }
                types[typeCount++] = ids[0];
            }
            String category = keys.category();
            if (category.equals("pricing")) {
                if (lastCaseStudy != null && Cells.days(lastCaseStudy, at) <= JOURNEY_DAYS) {
                    a.caseStudyThenPricing = Double.isNaN(a.caseStudyThenPricing) ? age : Math.min(a.caseStudyThenPricing, age);
                }
                lastPricing = at;
            } else if (category.equals("case_study")) {
                if (lastPricing != null && Cells.days(lastPricing, at) <= JOURNEY_DAYS) {
                    a.pricingThenCaseStudy = Double.isNaN(a.pricingThenCaseStudy) ? age : Math.min(a.pricingThenCaseStudy, age);
                }
                lastCaseStudy = at;
            }
        }
        a.distinctTypes30d = typeCount;
        a.buying = buying.member();
        return a;
    }

    private void add(int slot, double ageDays, double decay) {
        if (ageDays < 7) {
            n7[slot]++;
        }
        if (ageDays < 28) {
            n28[slot]++;
        }
        if (ageDays < 30) {
            n30[slot]++;
        }
        if (ageDays < 90) {
            n90[slot]++;
        }
        if (ageDays < 365) {
            decayed[slot] += decay;
        }
        if (Double.isNaN(lastAgeDays[slot]) || ageDays < lastAgeDays[slot]) {
            lastAgeDays[slot] = ageDays;
        }
    }

    /** Adds another member's tallies into this one (counts and decayed sums add up, the latest is the least age). */
    void addAll(MemberActivity m) {
        for (int s = 0; s < n7.length; s++) {
            n7[s] += m.n7[s];
            n28[s] += m.n28[s];
            n30[s] += m.n30[s];
            n90[s] += m.n90[s];
            decayed[s] += m.decayed[s];
            double age = m.lastAgeDays[s];
            if (!Double.isNaN(age) && (Double.isNaN(lastAgeDays[s]) || age < lastAgeDays[s])) {
                lastAgeDays[s] = age;
            }
        }
        caseStudyThenPricing = least(caseStudyThenPricing, m.caseStudyThenPricing);
        pricingThenCaseStudy = least(pricingThenCaseStudy, m.pricingThenCaseStudy);
    }

    /** Events per week in the last 7 days minus the weekly rate of the 21 days before. */
    double velocity(int slot) {
        return n7[slot] - (n28[slot] - n7[slot]) / 3.0;
    }

    private static double least(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static int indexOf(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
