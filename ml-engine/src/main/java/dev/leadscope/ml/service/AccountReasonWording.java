package dev.leadscope.ml.service;

import dev.leadscope.ml.feature.Describe;
import java.util.Locale;

/**
 * Words the snapshot columns that have fixed names (the buying committee's, the colleagues', the account's intent and
 * notes, the fiscal calendar, the lead's notes and profile counts) the way a sales rep would say them.
 */
final class AccountReasonWording {
    private AccountReasonWording() {
    }

    /** The words for {@code column}, or null when it is not one of these columns. */
    static String describe(String column, double v, double effect) {
        boolean none = Double.isNaN(v);
        long n = none ? 0 : Math.round(v);
        if (none && column.startsWith("acct.") && !column.contains("days") && !column.endsWith("last_net")) {
            return "Buying committee: not known";
        }
        if (column.startsWith("acct.ev.") && column.indexOf('.', 8) > 0) {
            String key = column.substring(8, column.lastIndexOf('.'));
            String activity = ReasonWording.activity(key);
            return switch (column.substring(column.lastIndexOf('.') + 1)) {
                case "n7" -> "Buying committee: " + ReasonWording.count(activity, v) + " in the last 7 days";
                case "n30" -> "Buying committee: " + ReasonWording.count(activity, v) + " in the last 30 days";
                case "decayed" -> (effect > 0 ? "Recent " : "Little recent ") + activity + " across the buying committee";
                case "recency_days" -> none ? "No activity from the buying committee yet"
                        : n == 0 ? "Buying committee active less than a day ago"
                        : "No activity from the buying committee for " + ReasonWording.days(n);
                case "velocity" -> (v > 0 ? "More" : "Less") + " buying committee activity this week than in the three weeks before";
                default -> null;
            };
        }
        if (column.startsWith("team.")) {
            return team(column.substring(5), v, n, effect);
        }
        if (column.startsWith("intent.") && !column.equals("intent.weeks_above_30_12w")) {
            return intent(column.substring(7), v, n);
        }
        if (column.startsWith("acct.role.")) {
            return "Buying committee members in the " + words(column.substring(10)) + " role: " + n;
        }
        return switch (column) {
            case "acct.leads_active_7d" -> n + (n == 1 ? " committee member" : " committee members") + " active in the last 7 days";
            case "acct.journey.case_study_then_pricing_days" -> none
                    ? "No committee member has read a case study and then viewed pricing"
                    : "A committee member read a case study, then viewed pricing, " + ReasonWording.days(n) + " ago";
            case "acct.journey.pricing_then_case_study_days" -> none
                    ? "No committee member has viewed pricing and then read a case study"
                    : "A committee member viewed pricing, then read a case study, " + ReasonWording.days(n) + " ago";
            case "acct.leads_joined_28d" -> n + (n == 1 ? " new lead" : " new leads") + " at the account in the last 28 days";
            case "acct.active_weeks_8w" -> "Account active in " + n + " of the last 8 weeks";
            case "acct.events_per_member_14d" -> Describe.number(v) + " activities per committee member in the last 14 days";
            case "acct.sales_touches_14d" -> n + (n == 1 ? " sales touch" : " sales touches")
                    + " (calls, meetings, chats) in the last 14 days";
            case "acct.product_first_days" -> none ? "No product use at the account yet"
                    : "First product use at the account " + ReasonWording.days(n) + " ago";
            case "acct.first_activity_days" -> none ? "No activity at the account yet"
                    : "Account first active " + ReasonWording.days(n) + " ago";
            case "acct.economic_buyer_days" -> none ? "No economic buyer among the account's leads yet"
                    : "An economic buyer became a lead " + ReasonWording.days(n) + " ago";
            case "acct.notes.count_30d" -> n + (n == 1 ? " note" : " notes") + " on the account in the last 30 days";
            case "acct.notes.cues_positive_30d" -> cues("Buying signals", "the account's notes", n);
            case "acct.notes.cues_negative_30d" -> cues("Objections", "the account's notes", n);
            case "acct.notes.cues_hedged_30d" -> cues("Hedged remarks", "the account's notes", n);
            case "acct.notes.last_net" -> none ? "No recent note on the account"
                    : v > 0 ? "The latest note on the account is positive"
                    : v < 0 ? "The latest note on the account is negative" : "The latest note on the account is neutral";
            case "notes.cues_positive_30d" -> cues("Buying signals", "the lead's notes", n);
            case "notes.cues_negative_30d" -> cues("Objections", "the lead's notes", n);
            case "notes.cues_hedged_30d" -> cues("Hedged remarks", "the lead's notes", n);
            case "ev.distinct_types_30d" -> (n == 1 ? "1 kind" : n + " kinds") + " of activity in the last 30 days";
            case "notes.count" -> n + (n == 1 ? " note" : " notes") + " on the lead";
            case "notes.recency_days" -> none ? "No notes on the lead yet" : "Last note on the lead " + ReasonWording.days(n) + " ago";
            case "intent.weeks_above_30_12w" -> "Weeks of strong research intent in the last 12: " + n;
            case "fiscal.months_since_year_end" -> none ? "Fiscal year end unknown"
                    : n == 0 ? "The account's fiscal year ends this month"
                    : n + (n == 1 ? " month" : " months") + " since the account's fiscal year ended";
            case "fiscal.quarter_end_month" -> none ? "Fiscal quarter unknown"
                    : v > 0 ? "The account's fiscal quarter ends this month" : "Not the end of the account's fiscal quarter";
            case "lead_age_days" -> none ? "Lead age unknown" : "Lead created " + ReasonWording.days(n) + " ago";
            case "days_to_renewal" -> none ? "No contract renewal date known"
                    : n >= 0 ? "Contract renewal in " + ReasonWording.days(n) : "Contract renewal was " + ReasonWording.days(-n) + " ago";
            case "has_account" -> v > 0 ? "Linked to an account" : "Not linked to an account";
            case "hiring_for_count" -> none ? "Hiring for related roles unknown" : "Hiring for " + n + " related roles";
            case "competitor_products" -> none ? "Competitor products unknown" : "Uses " + n + " competitor products";
            case "technology_count" -> none ? "Technologies unknown" : n + " technologies in use";
            case "company_age_years" -> none ? "Company age unknown" : "Company founded " + n + " years ago";
            default -> null;
        };
    }

    /** The lead's colleagues: the other leads of its account known at the moment. */
    private static String team(String what, double v, long n, double effect) {
        if (Double.isNaN(v) && !what.equals("recency_days")) {
            return "Other leads at the account: not known";
        }
        return switch (what) {
            case "members" -> n + (n == 1 ? " other lead" : " other leads") + " at the account";
            case "active_30d" -> n + (n == 1 ? " other lead" : " other leads") + " at the account active in the last 30 days";
            case "events_30d" -> "Other leads at the account: " + n + (n == 1 ? " activity" : " activities") + " in the last 30 days";
            case "events_90d" -> "Other leads at the account: " + n + (n == 1 ? " activity" : " activities") + " in the last 90 days";
            case "recency_days" -> Double.isNaN(v) ? "No activity from the other leads at the account yet"
                    : "Other leads at the account last active " + ReasonWording.days(n) + " ago";
            case "roles_engaged_30d" -> n + (n == 1 ? " committee role" : " committee roles") + " engaged in the last 30 days";
            case "senior_active_30d" -> n + (n == 1 ? " senior colleague" : " senior colleagues")
                    + " (director and above) active in the last 30 days";
            case "decayed" -> (effect > 0 ? "Recent" : "Little recent") + " activity from other leads at the account";
            case "won_before" -> n + (n == 1 ? " deal" : " deals") + " already won with colleagues at the account";
            case "lost_before" -> n + (n == 1 ? " deal" : " deals") + " already lost with colleagues at the account";
            default -> "Other leads at the account: " + what.replace('_', ' ') + " " + Describe.number(v);
        };
    }

    /** The account's third-party research intent (surge scores 0-100 by topic and week). */
    private static String intent(String what, double v, long n) {
        if (Double.isNaN(v)) {
            return what.equals("trend") ? "Account research intent: no trend yet" : "No account research intent on record";
        }
        return switch (what) {
            case "max_4w" -> "Account research intent peaked at " + n + " in the last 4 weeks";
            case "max_12w" -> "Account research intent peaked at " + n + " in the last 12 weeks";
            case "trend" -> "Account research intent " + (v > 0 ? "rising" : "falling") + " (" + (v > 0 ? "+" : "")
                    + Describe.number(v) + " against the weeks before)";
            case "hot_topics_4w" -> n + (n == 1 ? " research topic" : " research topics") + " surging (70 or more) in the last 4 weeks";
            case "latest_mean" -> "Latest account research intent: " + n;
            case "latest_age_days" -> "Latest account research intent reported " + ReasonWording.days(n) + " ago";
            default -> "Account research intent (" + what.replace('_', ' ') + "): " + Describe.number(v);
        };
    }

    private static String cues(String what, String where, long n) {
        return n == 0 ? "No " + what.toLowerCase(Locale.ROOT) + " in " + where + " in the last 30 days"
                : what + " in " + where + " in the last 30 days: " + n;
    }


    private static String words(String id) {
        return id.replace('_', ' ');
    }
}
