package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.lead.CommitteeRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole buying committee at a moment t, the lead included: its activity per event key, who is on it by role,
 * the order of its pricing journeys (a pricing view after a case study by the same person is a buying step;
 * pricing first is price shopping), what reps' notes on it say, and where the account's fiscal year stands.
 * A deal is bought by the account, so these say more about the lead's outcome than its own clicks.
 */
final class Committee {
    private static final String[] ROLES = java.util.Arrays.stream(CommitteeRole.values())
            .map(r -> "acct.role." + r.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

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

    /**
     * Writes the committee columns of the lead's row: the lead and every colleague who was a lead before t, their
     * tallied events summed ({@code positions[slot]} gives each slot's n7, n30 and decayed columns).
     */
    static void write(Cells cells, LeadHistory h, Instant t, SharedParts shared, int[][] positions) {
        MemberActivity own = shared.activity(h.events());
        MemberActivity sum = MemberActivity.empty(positions.length);
        List<NoteFacts> notes = new ArrayList<>(h.colleagues().size() + 1);
        int[] roles = new int[ROLES.length];
        sum.addAll(own);
        int active7 = own.n7[0] > 0 ? 1 : 0;
        NoteFacts ownNotes = shared.notes(h.notes());
        notes.add(ownNotes);
        roles[h.lead().committeeRole().ordinal()]++;
        for (LeadHistory.Colleague c : h.colleagues()) {
            if (c.lead().createdAt().isBefore(t)) {
                MemberActivity member = shared.activity(c.events());
                sum.addAll(member);
                active7 += member.n7[0] > 0 ? 1 : 0;
                notes.add(shared.notes(c.notes()));
                roles[c.lead().committeeRole().ordinal()]++;
            }
        }
        for (int slot = 0; slot < positions.length; slot++) {
            int[] p = positions[slot];
            cells.put(p[0], sum.n7[slot]);
            cells.put(p[1], sum.n30[slot]);
            cells.put(p[2], sum.decayed[slot]);
        }
        cells.put("acct.ev.all.recency_days", sum.lastAgeDays[0]);
        cells.put("acct.ev.all.velocity", sum.velocity(0));
        cells.put("acct.leads_active_7d", active7);
        cells.put("acct.journey.case_study_then_pricing_days", sum.caseStudyThenPricing);
        cells.put("acct.journey.pricing_then_case_study_days", sum.pricingThenCaseStudy);
        for (int r = 0; r < ROLES.length; r++) {
            cells.put(ROLES[r], roles[r]);
        }
        NoteCues.Tally mine = NoteCues.tally(List.of(ownNotes), t, 30);
        cells.put("notes.cues_positive_30d", mine.positive());
        cells.put("notes.cues_negative_30d", mine.negative());
        cells.put("notes.cues_hedged_30d", mine.hedged());
        NoteCues.Tally team = NoteCues.tally(notes, t, 30);
        cells.put("acct.notes.count_30d", team.notes());
        cells.put("acct.notes.cues_positive_30d", team.positive());
        cells.put("acct.notes.cues_negative_30d", team.negative());
        cells.put("acct.notes.cues_hedged_30d", team.hedged());
        cells.put("acct.notes.last_net", team.lastNet());
        fiscal(cells, h.account(), t);
    }

    /** The positions of the committee columns n7, n30 and decayed of "all" (slot 0) and of each key (slot 1 + k). */
    static int[][] positions(SnapshotColumns columns, List<String> keys) {
        List<String> all = withAll(keys);
        int[][] out = new int[all.size()][];
        for (int slot = 0; slot < out.length; slot++) {
            out[slot] = columns.committeePositions(all.get(slot));
            if (out[slot] == null) {
                throw new IllegalStateException("no committee columns for events " + all.get(slot));
            }
        }
        return out;
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
