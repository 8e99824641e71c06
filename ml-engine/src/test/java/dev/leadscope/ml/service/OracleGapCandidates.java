package dev.leadscope.ml.service;

import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.event.IntentSignal;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.ml.snapshot.LeadHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Candidate observable signals of the simulator's hidden account state, for {@link OracleGapStudy}, each point-in-time. */
final class OracleGapCandidates {
    private static final Set<String> SALES = Set.of("call", "meeting_booked", "chat");
    private static final Set<String> PRODUCT = Set.of("trial_signup", "integration_connected", "teammate_invited", "product_usage");

    private OracleGapCandidates() {
    }

    static void add(Map<String, OracleGapStudy.Extra> v) {
        v.put("intent_last_week", extra("intent.last_week_mean", OracleGapCandidates::lastWeekIntent));
        v.put("leads_joined_28d", extra("acct.leads_joined_28d", (h, t) -> joined(h, t, 28)));
        v.put("active_weeks_8w", extra("acct.active_weeks_8w", OracleGapCandidates::activeWeeks));
        v.put("events_per_member_14d", extra("acct.events_per_member_14d", (h, t) -> perMember(h, t, 14)));
        v.put("sales_touch_14d", extra("acct.sales_touch_14d", (h, t) -> count(h, t, 14, SALES)));
        v.put("product_first_days", extra("acct.product_first_days", (h, t) -> firstDays(h, t, PRODUCT)));
        v.put("first_activity_days", extra("acct.first_activity_days", (h, t) -> firstDays(h, t, null)));
        v.put("eb_days", extra("acct.economic_buyer_days", OracleGapCandidates::economicBuyerDays));
        v.put("intent_weeks_hot_12w", extra("intent.weeks_above_30_12w", OracleGapCandidates::intentWeeks));
        v.put("all_candidates", new OracleGapStudy.Extra("all", List.of("a", "b", "c", "d", "e", "f", "g", "h"), (h, t) -> new double[] {
                joined(h, t, 28), activeWeeks(h, t), perMember(h, t, 14), count(h, t, 14, SALES), firstDays(h, t, PRODUCT),
                firstDays(h, t, null), economicBuyerDays(h, t), intentWeeks(h, t)}));
    }

    private static OracleGapStudy.Extra extra(String column, java.util.function.BiFunction<LeadHistory, Instant, Double> f) {
        return new OracleGapStudy.Extra(column, List.of(column), (h, t) -> new double[] {f.apply(h, t)});
    }

    private static List<List<ActivityEvent>> members(LeadHistory h, Instant t) {
        List<List<ActivityEvent>> out = new ArrayList<>();
        out.add(h.events());
        for (LeadHistory.Colleague c : h.colleagues()) {
            if (c.lead().createdAt().isBefore(t)) {
                out.add(c.events());
            }
        }
        return out;
    }

    private static double days(Instant a, Instant b) {
        return Duration.between(a, b).toSeconds() / 86_400.0;
    }

    private static double lastWeekIntent(LeadHistory h, Instant t) {
        LocalDate week = LocalDate.ofInstant(t, ZoneOffset.UTC).minusDays(7);
        double sum = 0;
        int n = 0;
        for (IntentSignal s : h.intent()) {
            if (s.weekStart().equals(week)) {
                sum += s.score();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double intentWeeks(LeadHistory h, Instant t) {
        LocalDate known = LocalDate.ofInstant(t, ZoneOffset.UTC).minusDays(7);
        java.util.Map<LocalDate, double[]> mean = new java.util.HashMap<>();
        for (IntentSignal s : h.intent()) {
            if (s.weekStart().isBefore(known) && !s.weekStart().isBefore(known.minusDays(84))) {
                double[] m = mean.computeIfAbsent(s.weekStart(), k -> new double[2]);
                m[0] += s.score();
                m[1]++;
            }
        }
        if (mean.isEmpty()) {
            return Double.NaN;
        }
        return mean.values().stream().filter(m -> m[0] / m[1] > 30).count();
    }

    private static double joined(LeadHistory h, Instant t, int window) {
        int n = h.lead().createdAt().isBefore(t) && days(h.lead().createdAt(), t) < window ? 1 : 0;
        for (LeadHistory.Colleague c : h.colleagues()) {
            Instant at = c.lead().createdAt();
            if (at.isBefore(t) && days(at, t) < window) {
                n++;
            }
        }
        return n;
    }

    private static double activeWeeks(LeadHistory h, Instant t) {
        boolean[] week = new boolean[8];
        for (List<ActivityEvent> m : members(h, t)) {
            for (ActivityEvent e : m) {
                if (!e.occurredAt().isBefore(t)) {
                    break;
                }
                int w = (int) (days(e.occurredAt(), t) / 7);
                if (w < 8) {
                    week[w] = true;
                }
            }
        }
        int n = 0;
        for (boolean b : week) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static double perMember(LeadHistory h, Instant t, int window) {
        List<List<ActivityEvent>> members = members(h, t);
        int n = 0;
        for (List<ActivityEvent> m : members) {
            for (ActivityEvent e : m) {
                if (!e.occurredAt().isBefore(t)) {
                    break;
                }
                n += days(e.occurredAt(), t) < window ? 1 : 0;
            }
        }
        return (double) n / members.size();
    }

    private static double count(LeadHistory h, Instant t, int window, Set<String> types) {
        int n = 0;
        for (List<ActivityEvent> m : members(h, t)) {
            for (ActivityEvent e : m) {
                if (!e.occurredAt().isBefore(t)) {
                    break;
                }
                n += days(e.occurredAt(), t) < window && types.contains(e.type().name()) ? 1 : 0;
            }
        }
        return n;
    }

    private static double firstDays(LeadHistory h, Instant t, Set<String> types) {
        double first = Double.NaN;
        for (List<ActivityEvent> m : members(h, t)) {
            for (ActivityEvent e : m) {
                if (!e.occurredAt().isBefore(t)) {
                    break;
                }
                if (types == null || types.contains(e.type().name())) {
                    double d = days(e.occurredAt(), t);
                    first = Double.isNaN(first) ? d : Math.max(first, d);
                    break;
                }
            }
        }
        return first;
    }

    private static double economicBuyerDays(LeadHistory h, Instant t) {
        double out = Double.NaN;
        if (h.lead().committeeRole() == CommitteeRole.ECONOMIC_BUYER && h.lead().createdAt().isBefore(t)) {
            out = days(h.lead().createdAt(), t);
        }
        for (LeadHistory.Colleague c : h.colleagues()) {
            if (c.lead().committeeRole() == CommitteeRole.ECONOMIC_BUYER && c.lead().createdAt().isBefore(t)) {
                double d = days(c.lead().createdAt(), t);
                out = Double.isNaN(out) ? d : Math.max(out, d);
            }
        }
        return out;
    }
}
