package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.ml.tabular.ColumnType;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Traces, at a moment t, of how far the account has gone in its buying process and how long it has been at it: how
 * many of its people became leads in the last 4 weeks, in how many of the last 8 weeks anyone was active, its events
 * per known member in 14 days, its sales touches in 14 days, the days since its first product event, since its first
 * activity of any kind and since an economic buyer became a lead, and in how many of the last 12 known weeks its
 * intent averaged above 30. Counts and windows describe a stage better than the latest week does: a buying stage
 * lasts weeks and raises the rate of everything at once. Added in snapshot format 3.
 */
final class BuyingSignals {
    static final List<String> COLUMNS = List.of("acct.leads_joined_28d", "acct.active_weeks_8w", "acct.events_per_member_14d",
            "acct.sales_touches_14d", "acct.product_first_days", "acct.first_activity_days", "acct.economic_buyer_days",
            "intent.weeks_above_30_12w");
    private static final Set<String> SALES = Set.of("call", "meeting_booked", "chat");
    private static final Set<String> PRODUCT = Set.of("trial_signup", "integration_connected", "teammate_invited", "product_usage");
    private static final int WEEKS = 8;
    /** A week's mean intent above this counts as a week in market (the simulator's out-of-market mean is 12). */
    private static final double INTENT_IN_MARKET = 30;

    private BuyingSignals() {
    }

    static void columns(List<String> n, List<ColumnType> t) {
        for (String name : COLUMNS) {
            n.add(name);
            t.add(ColumnType.NUMBER);
        }
    }

    /** Writes the columns of {@code h} at {@code t}, taking each member's figures and the intent's from {@code shared}. */
    static void write(Cells cells, LeadHistory h, Instant t, SharedParts shared) {
        Member all = shared.buying(h.events());
        int members = 1;
        int joined = joinedWithin(h.lead().createdAt(), t) ? 1 : 0;
        double economicBuyer = economicBuyerDays(h.lead().committeeRole(), h.lead().createdAt(), t, Double.NaN);
        for (LeadHistory.Colleague c : h.colleagues()) {
            if (c.lead().createdAt().isBefore(t)) {
                all = all.with(shared.buying(c.events()));
                members++;
                joined += joinedWithin(c.lead().createdAt(), t) ? 1 : 0;
                economicBuyer = economicBuyerDays(c.lead().committeeRole(), c.lead().createdAt(), t, economicBuyer);
            }
        }
        cells.put("acct.leads_joined_28d", joined);
        cells.put("acct.active_weeks_8w", Integer.bitCount(all.activeWeeks()));
        cells.put("acct.events_per_member_14d", (double) all.recent() / members);
        cells.put("acct.sales_touches_14d", all.sales());
        cells.put("acct.product_first_days", all.firstProduct());
        cells.put("acct.first_activity_days", all.firstActivity());
        cells.put("acct.economic_buyer_days", economicBuyer);
        cells.put("intent.weeks_above_30_12w", shared.intentWeeks(h.intent()));
    }

    /**
     * One member's part of the columns at a moment: the age in days of its oldest event and of its first product event
     * (NaN without one), the weeks of the last 8 it was active in (bit k: k weeks back), its events and sales touches in
     * the last 14 days. Members combine by {@link #with}.
     */
    record Member(double firstActivity, int activeWeeks, int recent, int sales, double firstProduct) {

        /**
         * The figures folded one event at a time (oldest first, only events before the moment), in the one pass
         * over a member's events that {@link MemberActivity} makes.
         */
        static final class Tally {
            private int activeWeeks;
            private int recent;
            private int sales;
            private double firstProduct = Double.NaN;
            private double firstActivity = Double.NaN;

            /**
             * Adds an event {@code age} days before the moment, saying whether its type is a sales touch's or a product
             * event's ({@link #isSales}, {@link #isProduct}), as an event's kept keys tell without a look-up per event.
             */
            void add(double age, boolean salesTouch, boolean productEvent) {
                if (Double.isNaN(firstActivity) || age > firstActivity) {
                    firstActivity = age;
                }
                if (age < WEEKS * 7) {
                    activeWeeks |= 1 << (int) (age / 7);
                }
                if (age < 14) {
                    recent++;
                    sales += salesTouch ? 1 : 0;
                }
                if (productEvent && Double.isNaN(firstProduct)) {
                    firstProduct = age;
                }
            }

            Member member() {
                return new Member(firstActivity, activeWeeks, recent, sales, firstProduct);
            }
        }

        /** The figures of this member and {@code other} together. */
        Member with(Member other) {
            return new Member(older(firstActivity, other.firstActivity), activeWeeks | other.activeWeeks, recent + other.recent,
                    sales + other.sales, older(firstProduct, other.firstProduct));
        }

        private static double older(double a, double b) {
            return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
        }
    }

    /** Whether events of this type are sales touches (calls, meetings, chats). */
    static boolean isSales(String type) {
        return SALES.contains(type);
    }

    /** Whether events of this type are product use (trials, integrations, invited teammates, usage). */
    static boolean isProduct(String type) {
        return PRODUCT.contains(type);
    }

    private static boolean joinedWithin(Instant created, Instant t) {
        return created.isBefore(t) && Cells.days(created, t) < 28;
    }

    private static double economicBuyerDays(CommitteeRole role, Instant created, Instant t, double sofar) {
        if (role != CommitteeRole.ECONOMIC_BUYER || !created.isBefore(t)) {
            return sofar;
        }
        double days = Cells.days(created, t);
        return Double.isNaN(sofar) ? days : Math.max(sofar, days);
    }

    /**
     * Weeks among the 12 latest known at t (when a week is known: {@link IntentWeekRule}) whose mean intent is above 30. The
     * signals come by week, as a history keeps them: read from the latest back to the first week too old to count.
     */
    static double intentWeeks(List<IntentSignal> signals, Instant t, IntentWeekRule rule) {
        int weeks = 0;
        int above = 0;
        long week = Long.MIN_VALUE;
        double sum = 0;
        int count = 0;
        for (int i = signals.size() - 1; i >= 0; i--) {
            IntentSignal s = signals.get(i);
            long start = s.weekStart().toEpochDay();
            if (!rule.known(start, t)) {
                continue;
            }
            if (!rule.within(start, t, 84, 7)) {
                break;
            }
            if (start != week) {
                if (count > 0) {
                    weeks++;
                    above += sum / count > INTENT_IN_MARKET ? 1 : 0;
                }
                week = start;
                sum = 0;
                count = 0;
            }
            sum += s.score();
            count++;
        }
        if (count > 0) {
            weeks++;
            above += sum / count > INTENT_IN_MARKET ? 1 : 0;
        }
        return weeks == 0 ? Double.NaN : above;
    }
}
