package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.ml.tabular.ColumnType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    static void write(Cells cells, LeadHistory h, Instant t) {
        List<List<ActivityEvent>> members = new ArrayList<>();
        members.add(h.events());
        int joined = joinedWithin(h.lead().createdAt(), t) ? 1 : 0;
        double economicBuyer = economicBuyerDays(h.lead().committeeRole(), h.lead().createdAt(), t, Double.NaN);
        for (LeadHistory.Colleague c : h.colleagues()) {
            if (c.lead().createdAt().isBefore(t)) {
                members.add(c.events());
                joined += joinedWithin(c.lead().createdAt(), t) ? 1 : 0;
                economicBuyer = economicBuyerDays(c.lead().committeeRole(), c.lead().createdAt(), t, economicBuyer);
            }
        }
        boolean[] activeWeek = new boolean[WEEKS];
        int recent = 0;
        int sales = 0;
        double firstProduct = Double.NaN;
        double firstActivity = Double.NaN;
        for (List<ActivityEvent> member : members) {
            boolean productSeen = false;
            for (ActivityEvent e : member) {
                if (!e.occurredAt().isBefore(t)) {
                    break;
                }
                double age = Cells.days(e.occurredAt(), t);
                if (Double.isNaN(firstActivity) || age > firstActivity) {
                    firstActivity = age;
                }
                if (age < WEEKS * 7) {
                    activeWeek[(int) (age / 7)] = true;
                }
                String type = e.type().name();
                if (age < 14) {
                    recent++;
                    sales += SALES.contains(type) ? 1 : 0;
                }
                if (!productSeen && PRODUCT.contains(type)) {
                    productSeen = true;
                    firstProduct = Double.isNaN(firstProduct) ? age : Math.max(firstProduct, age);
                }
            }
        }
        int weeks = 0;
        for (boolean active : activeWeek) {
            weeks += active ? 1 : 0;
        }
        cells.put("acct.leads_joined_28d", joined);
        cells.put("acct.active_weeks_8w", weeks);
        cells.put("acct.events_per_member_14d", (double) recent / members.size());
        cells.put("acct.sales_touches_14d", sales);
        cells.put("acct.product_first_days", firstProduct);
        cells.put("acct.first_activity_days", firstActivity);
        cells.put("acct.economic_buyer_days", economicBuyer);
        cells.put("intent.weeks_above_30_12w", intentWeeks(h.intent(), t));
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

    /** Weeks among the 12 latest known before t (a week is known once it is over) whose mean intent is above 30. */
    private static double intentWeeks(List<IntentSignal> signals, Instant t) {
        LocalDate oldest = LocalDate.ofInstant(t, ZoneOffset.UTC).minusDays(7 + 84);
        Map<LocalDate, double[]> means = new HashMap<>();
        for (IntentSignal s : signals) {
            long weekOver = (s.weekStart().toEpochDay() + 7) * 86_400L;
            boolean known = weekOver < t.getEpochSecond() || weekOver == t.getEpochSecond() && t.getNano() > 0;
            if (known && !s.weekStart().isBefore(oldest)) {
                double[] m = means.computeIfAbsent(s.weekStart(), k -> new double[2]);
                m[0] += s.score();
                m[1]++;
            }
        }
        if (means.isEmpty()) {
            return Double.NaN;
        }
        return means.values().stream().filter(m -> m[0] / m[1] > INTENT_IN_MARKET).count();
    }
}
