package dev.leadscope.ml.snapshot;

import dev.leadscope.domain.account.Account;
import dev.leadscope.domain.account.Firmographics;
import dev.leadscope.domain.common.AttributeValue;
import dev.leadscope.domain.common.CustomAttributes;
import dev.leadscope.domain.lead.Lead;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a lead's feature row at a moment t from its {@link LeadHistory}, using only what happened strictly
 * before t: the one code path for training examples and for serving. Profile fields are the stored ones (CRM
 * records keep no history of their edits); every time-dependent value (ages, days to renewal, counts, recency,
 * intent, notes, the committee's activity and outcomes) is taken as of t. Immutable and thread-safe.
 */
public final class SnapshotFeatures {
    private final SnapshotSpec spec;
    private final IntentWeekRule intentRule;
    private final SnapshotColumns columns;
    private final int[] slotOf;
    private final int[][] behaviourPositions;
    private final int[][] committeePositions;

    public SnapshotFeatures(SnapshotSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.columns = spec.columns();
        this.intentRule = IntentWeekRule.of(spec.format());
        List<String> keys = spec.eventKeys();
        int[] slots = new int[0];
        for (int k = 0; k < keys.size(); k++) {
            int id = EventKeys.id(keys.get(k));
            if (id >= slots.length) {
                slots = java.util.Arrays.copyOf(slots, Math.max(id + 1, slots.length * 2));
            }
            slots[id] = k + 1;
        }
        this.slotOf = slots;
        this.behaviourPositions = Behaviour.positions(columns, keys);
        this.committeePositions = Committee.positions(columns, keys);
    }

    /** When a week of intent counts as known under this recipe's format. */
    IntentWeekRule intentRule() {
        return intentRule;
    }

    public SnapshotSpec spec() {
        return spec;
    }

    public SnapshotColumns columns() {
        return columns;
    }

    /** The row of cells (null = missing) at {@code t}, aligned with {@link #columns()}: the text form of {@link #values}. */
    public String[] row(LeadHistory history, Instant t) {
        return values(history, t).cells();
    }

    /** The row at {@code t} as values, numbers kept as numbers: what scoring encodes. */
    public SnapshotRow values(LeadHistory history, Instant t) {
        return values(history, t, shared(t));
    }

    /**
     * The row at {@code t} as values, reusing the parts it shares with other rows at {@code t} (the tallies of its
     * committee's members, the cues of their notes, its account's intent) when {@code shared} already holds them: the
     * same row as {@link #values(LeadHistory, Instant)}, which computes them for this row alone.
     *
     * @throws IllegalArgumentException when {@code shared} was made for another moment or other features
     */
    public SnapshotRow values(LeadHistory history, Instant t, SharedParts shared) {
        Objects.requireNonNull(t, "t");
        if (!shared.at().equals(t) || !shared.madeBy(this)) {
            throw new IllegalArgumentException("shared parts of another moment or model: " + shared.at() + ", not " + t);
        }
        Cells cells = new Cells(columns);
        profile(cells, history.lead(), history.account(), t);
        MemberActivity own = shared.activity(history.events());
        Behaviour.write(cells, own, behaviourPositions);
        cells.put("ev.distinct_types_30d", own.distinctTypes30d);
        Context.intent(cells, shared.intent(history.intent()));
        Context.notes(cells, shared.notes(history.notes()), t);
        Context.team(cells, history.colleagues(), t, shared);
        Committee.write(cells, history, t, shared, committeePositions);
        if (spec.format() >= 3) {
            BuyingSignals.write(cells, history, t, shared);
        }
        return cells.row();
    }

    /** A holder for the parts that the rows of many leads at {@code t} share, to pass to every one of them. */
    public SharedParts shared(Instant t) {
        return new SharedParts(this, t, slotOf, behaviourPositions.length);
    }

    private static void profile(Cells cells, Lead lead, Account account, Instant t) {
        LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
        cells.put("seniority", lead.seniority().name());
        cells.put("committee_role", lead.committeeRole().name());
        cells.put("source_channel", lead.source().channel());
        cells.put("source_campaign", lead.source().campaign());
        cells.put("owner", lead.owner() == null ? null : lead.owner().value());
        cells.put("lead_age_days", Math.max(0, Cells.days(lead.createdAt(), t)));
        cells.put("has_account", account == null ? 0 : 1);
        attributes(cells, "attr.lead.", lead.attributes(), t);
        if (account == null) {
            return;
        }
        Firmographics f = account.firmographics();
        cells.put("industry", f.industry());
        cells.put("funding_stage", f.fundingStage() == null ? null : f.fundingStage().name());
        cells.put("region", f.region());
        cells.put("country", f.country());
        cells.put("employees", f.employees() == null ? Double.NaN : f.employees());
        cells.put("annual_revenue", f.annualRevenue() == null ? Double.NaN : f.annualRevenue());
        cells.put("growth_rate", f.growthRate() == null ? Double.NaN : f.growthRate());
        cells.put("hiring_velocity", f.hiringVelocity() == null ? Double.NaN : f.hiringVelocity());
        cells.put("hiring_for_count", f.hiringFor().size());
        cells.put("total_raised", f.totalRaised() == null ? Double.NaN : f.totalRaised());
        cells.put("company_age_years", f.foundedYear() == null ? Double.NaN : day.getYear() - f.foundedYear());
        cells.put("technology_count", account.technographics().technologies().size());
        cells.put("competitor_products", account.technographics().competitorProducts().size());
        cells.put("days_to_renewal", account.contractRenewalDate() == null ? Double.NaN
                : account.contractRenewalDate().toEpochDay() - day.toEpochDay());
        attributes(cells, "attr.account.", account.attributes(), t);
    }

    private static void attributes(Cells cells, String prefix, CustomAttributes attributes, Instant t) {
        attributes.values().forEach((name, v) -> {
            if (v instanceof AttributeValue.NumberValue n) {
                cells.putIfPresent(prefix + name, n.value());
            } else if (v instanceof AttributeValue.BooleanValue b) {
                cells.putIfPresent(prefix + name, b.value() ? "1" : "0");
            } else if (v instanceof AttributeValue.TimestampValue ts) {
                cells.putIfPresent(prefix + name, Math.rint(Cells.days(ts.value(), t) * 100) / 100);
            } else {
                cells.putIfPresent(prefix + name, v.asText());
            }
        });
    }

    /** Convenience for tests and tools: the row as a map from column name to cell. */
    public Map<String, String> asMap(String[] row) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        List<String> names = columns.names();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), row[i]);
        }
        return m;
    }
}
