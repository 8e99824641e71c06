package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.event.ActivityEvent;
import dev.leadscope.domain.lead.CommitteeRole;
import dev.leadscope.domain.note.Note;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole buying committee at a moment t, the lead included: its activity per event key, who is on it by role,
 * the order of its pricing journeys (a pricing view after a case study by the same person is a buying step;
 * pricing first is price shopping), what reps' notes on it say, and where the account's fiscal year stands.
 * A deal is bought by the account, so these say more about the lead's outcome than its own clicks.
 */
final class Committee {
    /** A case study and a pricing view by one person at most this many days apart form a journey. */
    static final double JOURNEY_DAYS = 4.0;

    private Committee() {
    }

    static void columns(List<String> n, List<dev.leadscope.ml.tabular.ColumnType> t, List<String> keys) {
        List<String> names = new ArrayList<>();
        for (String key : withAll(keys)) {
            names.add("acct.ev." + key + ".n7");
            names.add("acct.ev." + key + ".n30");
            names.add("acct.ev." + key + ".decayed");
        }
        names.addAll(List.of("acct.ev.all.recency_days", "acct.ev.all.velocity", "acct.leads_active_7d",
                "acct.journey.case_study_then_pricing_days", "acct.journey.pricing_then_case_study_days"));
        for (CommitteeRole r : CommitteeRole.values()) {
            names.add("acct.role." + r.name().toLowerCase(java.util.Locale.ROOT));
        }
        names.addAll(List.of("notes.cues_positive_30d", "notes.cues_negative_30d", "notes.cues_hedged_30d",
                "acct.notes.count_30d", "acct.notes.cues_positive_30d", "acct.notes.cues_negative_30d",
                "acct.notes.cues_hedged_30d", "acct.notes.last_net", FiscalCalendar.MONTHS_SINCE_YEAR_END,
                FiscalCalendar.QUARTER_END_MONTH));
        for (String name : names) {
            n.add(name);
            t.add(dev.leadscope.ml.tabular.ColumnType.NUMBER);
        }
    }

    static void write(Cells cells, LeadHistory h, Instant t, Set<String> keys, List<String> keyOrder) {
        List<List<ActivityEvent>> events = new ArrayList<>();
        List<List<Note>> notes = new ArrayList<>();
        int[] roles = new int[CommitteeRole.values().length];
        events.add(h.events());
        notes.add(h.notes());
        roles[h.lead().committeeRole().ordinal()]++;
        for (LeadHistory.Colleague c : h.colleagues()) {
            if (c.lead().createdAt().isBefore(t)) {
                events.add(c.events());
                notes.add(c.notes());
                roles[c.lead().committeeRole().ordinal()]++;
            }
        }
        Map<String, Behaviour.Tally> tallies = Behaviour.fresh(keys);
        Behaviour.Tally allTally = tallies.get("all");
        int active7 = 0;
        double caseStudyThenPricing = Double.NaN;
        double pricingThenCaseStudy = Double.NaN;
        for (List<ActivityEvent> member : events) {
            boolean active = false;
            Instant lastCaseStudy = null;
            Instant lastPricing = null;
            for (ActivityEvent e : member) {
                if (!e.occurredAt().isBefore(t)) {
                    break;
                }
                double age = Cells.days(e.occurredAt(), t);
                active |= age < 7;
                allTally.add(age);
                EventKeys.Keys eventKeys = EventKeys.of(e);
                for (String key : eventKeys.keys()) {
                    Behaviour.Tally tally = tallies.get(key);
                    if (tally != null && (!"all".equals(key) || keys.contains(key))) {
                        tally.add(age);
                    }
                }
                String category = eventKeys.category();
                if (category.equals("pricing")) {
                    if (lastCaseStudy != null && Cells.days(lastCaseStudy, e.occurredAt()) <= JOURNEY_DAYS) {
                        caseStudyThenPricing = Double.isNaN(caseStudyThenPricing) ? age : Math.min(caseStudyThenPricing, age);
                    }
                    lastPricing = e.occurredAt();
                } else if (category.equals("case_study")) {
                    if (lastPricing != null && Cells.days(lastPricing, e.occurredAt()) <= JOURNEY_DAYS) {
                        pricingThenCaseStudy = Double.isNaN(pricingThenCaseStudy) ? age : Math.min(pricingThenCaseStudy, age);
                    }
                    lastCaseStudy = e.occurredAt();
                }
            }
            active7 += active ? 1 : 0;
        }
        for (String key : withAll(keyOrder)) {
            Behaviour.Tally tally = tallies.getOrDefault(key, new Behaviour.Tally());
            int[] p = cells.columns().committeePositions(key);
            if (p == null) {
                throw new IllegalStateException("no committee columns for events " + key);
            }
            cells.put(p[0], tally.n7);
            cells.put(p[1], tally.n30);
            cells.put(p[2], tally.decayed);
        }
        Behaviour.Tally all = tallies.get("all");
        cells.put("acct.ev.all.recency_days", all.lastAgeDays);
        cells.put("acct.ev.all.velocity", all.velocity());
        cells.put("acct.leads_active_7d", active7);
        cells.put("acct.journey.case_study_then_pricing_days", caseStudyThenPricing);
        cells.put("acct.journey.pricing_then_case_study_days", pricingThenCaseStudy);
        for (CommitteeRole r : CommitteeRole.values()) {
            cells.put("acct.role." + r.name().toLowerCase(java.util.Locale.ROOT), roles[r.ordinal()]);
        }
        NoteCues.Tally own = NoteCues.tally(List.of(h.notes()), t, 30);
        cells.put("notes.cues_positive_30d", own.positive());
        cells.put("notes.cues_negative_30d", own.negative());
        cells.put("notes.cues_hedged_30d", own.hedged());
        NoteCues.Tally team = NoteCues.tally(notes, t, 30);
        cells.put("acct.notes.count_30d", team.notes());
        cells.put("acct.notes.cues_positive_30d", team.positive());
        cells.put("acct.notes.cues_negative_30d", team.negative());
        cells.put("acct.notes.cues_hedged_30d", team.hedged());
        cells.put("acct.notes.last_net", team.lastNet());
        fiscal(cells, h.account(), t);
    }

    private static void fiscal(Cells cells, Account account, Instant t) {
        Integer yearEnd = account == null ? null : account.firmographics().fiscalYearEndMonth();
        if (yearEnd == null) {
            return;
        }
        int since = FiscalCalendar.monthsSinceYearEnd(FiscalCalendar.monthOf(t), yearEnd);
        cells.put(FiscalCalendar.MONTHS_SINCE_YEAR_END, since);
        cells.put(FiscalCalendar.QUARTER_END_MONTH, FiscalCalendar.isQuarterEnd(since) ? 1 : 0);
    }

    private static List<String> withAll(List<String> keys) {
        List<String> out = new ArrayList<>(keys.size() + 1);
        out.add("all");
        out.addAll(keys);
        return out;
    }
}
