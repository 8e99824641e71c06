package dev.leadscope.ml.snapshot;

import dev.leadscope.ml.tabular.ColumnType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names and types of a snapshot row's columns, in order, with a fast name-to-position look-up. */
public final class SnapshotColumns {
    /** Behaviour features computed for each event key, as column-name suffixes. */
    static final List<String> BEHAVIOUR = List.of("n7", "n30", "n90", "recency_days", "velocity", "decayed");
    /** Buying signals looked for in notes, each counted as the number of notes that mention it. */
    static final List<String> PHRASES = List.of("budget", "decision", "timeline", "pricing", "competitor", "not_interested");

    private final List<String> names;
    private final List<ColumnType> types;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, int[]> behaviour = new HashMap<>();
    private final Map<String, int[]> committee = new HashMap<>();

    SnapshotColumns(List<String> names, List<ColumnType> types) {
        this.names = List.copyOf(names);
        this.types = List.copyOf(types);
        for (int i = 0; i < names.size(); i++) {
            if (index.put(names.get(i), i) != null) {
                throw new IllegalStateException("snapshot column appears twice: " + names.get(i));
            }
        }
        for (String name : names) {
            if (name.startsWith("ev.") && name.endsWith("." + BEHAVIOUR.get(0))) {
                String key = name.substring(3, name.length() - BEHAVIOUR.get(0).length() - 1);
                behaviour.put(key, positions("ev." + key + ".", BEHAVIOUR));
            } else if (name.startsWith("acct.ev.") && name.endsWith(".n7")) {
                String key = name.substring(8, name.length() - 3);
                committee.put(key, positions("acct.ev." + key + ".", List.of("n7", "n30", "decayed")));
            }
        }
    }

    private int[] positions(String prefix, List<String> suffixes) {
        int[] out = new int[suffixes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = position(prefix + suffixes.get(i));
        }
        return out;
    }

    /** The positions of a key's behaviour columns, in {@link #BEHAVIOUR} order (-1 where absent), or null. */
    int[] behaviourPositions(String key) {
        return behaviour.get(key);
    }

    /** The positions of a key's committee columns n7, n30 and decayed (-1 where absent), or null. */
    int[] committeePositions(String key) {
        return committee.get(key);
    }

    public List<String> names() {
        return names;
    }

    public List<ColumnType> types() {
        return types;
    }

    /** The position of a column, or -1 when the row has none of that name. */
    int position(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    static void profile(List<String> n, List<ColumnType> t) {
        cat(n, t, "industry", "funding_stage", "region", "country", "seniority", "committee_role", "source_channel",
                "source_campaign", "owner");
        num(n, t, "employees", "annual_revenue", "growth_rate", "hiring_velocity", "hiring_for_count", "total_raised",
                "company_age_years", "technology_count", "competitor_products", "days_to_renewal", "has_account",
                "lead_age_days");
    }

    static void behaviour(List<String> n, List<ColumnType> t, String key) {
        for (String suffix : BEHAVIOUR) {
            num(n, t, "ev." + key + "." + suffix);
        }
    }

    static void rest(List<String> n, List<ColumnType> t) {
        num(n, t, "ev.distinct_types_30d", "intent.max_4w", "intent.max_12w", "intent.trend", "intent.hot_topics_4w",
                "intent.latest_mean", "intent.latest_age_days",
                "notes.count", "notes.recency_days");
        for (String p : PHRASES) {
            num(n, t, "notes.says_" + p);
        }
        n.add("notes.text");
        t.add(ColumnType.TEXT);
        num(n, t, "team.members", "team.active_30d", "team.events_30d", "team.events_90d", "team.recency_days",
                "team.roles_engaged_30d", "team.senior_active_30d", "team.decayed", "team.won_before", "team.lost_before");
    }

    private static void cat(List<String> n, List<ColumnType> t, String... names) {
        for (String name : names) {
            n.add(name);
            t.add(ColumnType.CATEGORY);
        }
    }

    private static void num(List<String> n, List<ColumnType> t, String... names) {
        for (String name : names) {
            n.add(name);
            t.add(ColumnType.NUMBER);
        }
    }
}
