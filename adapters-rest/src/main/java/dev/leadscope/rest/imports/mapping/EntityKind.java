package dev.leadscope.rest.imports.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What one source of an import brings in, with the domain fields it can fill; sources run in {@link #ordinal()} order. */
public enum EntityKind {
    ACCOUNT(Set.of("account_id", "name"),
            "account_id", FieldType.ID, "name", FieldType.TEXT, "domain", FieldType.TEXT, "industry", FieldType.TEXT,
            "employees", FieldType.INTEGER, "annual_revenue", FieldType.NUMBER, "growth_rate", FieldType.NUMBER,
            "hiring_velocity", FieldType.NUMBER, "hiring_for", FieldType.LIST, "funding_stage", FieldType.TEXT,
            "total_raised", FieldType.NUMBER, "country", FieldType.TEXT, "region", FieldType.TEXT,
            "founded_year", FieldType.INTEGER, "fiscal_year_end_month", FieldType.INTEGER, "technologies", FieldType.LIST,
            "competitor_products", FieldType.LIST, "contract_renewal_date", FieldType.DATE, "created_at", FieldType.TIMESTAMP),
    LEAD(Set.of("lead_id"),
            "lead_id", FieldType.ID, "account_id", FieldType.ID, "first_name", FieldType.TEXT, "last_name", FieldType.TEXT,
            "email", FieldType.TEXT, "title", FieldType.TEXT, "source_channel", FieldType.TEXT, "source_campaign", FieldType.TEXT,
            "owner_id", FieldType.ID, "created_at", FieldType.TIMESTAMP, "consent_email_marketing", FieldType.BOOLEAN,
            "consent_tracking", FieldType.BOOLEAN, "consent_profiling", FieldType.BOOLEAN),
    INTENT(Set.of("account_id", "topic", "week_start", "score"),
            "account_id", FieldType.ID, "topic", FieldType.TEXT, "week_start", FieldType.DATE, "score", FieldType.INTEGER,
            "provider", FieldType.TEXT),
    EVENT(Set.of("event_id", "lead_id", "type", "occurred_at"),
            "event_id", FieldType.ID, "lead_id", FieldType.ID, "type", FieldType.TEXT, "category", FieldType.TEXT,
            "occurred_at", FieldType.TIMESTAMP),
    NOTE(Set.of("note_id", "lead_id", "text", "written_at"),
            "note_id", FieldType.ID, "lead_id", FieldType.ID, "written_at", FieldType.TIMESTAMP, "channel", FieldType.TEXT,
            "author", FieldType.TEXT, "text", FieldType.TEXT),
    OUTCOME(Set.of("outcome_id", "lead_id", "kind", "occurred_at"),
            "outcome_id", FieldType.ID, "lead_id", FieldType.ID, "kind", FieldType.TEXT, "value", FieldType.NUMBER,
            "currency", FieldType.TEXT, "occurred_at", FieldType.TIMESTAMP, "reason", FieldType.TEXT);

    private final Set<String> required;
    private final Map<String, FieldType> fields;

    EntityKind(Set<String> required, Object... pairs) {
        this.required = required;
        Map<String, FieldType> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (FieldType) pairs[i + 1]);
        }
        this.fields = Collections.unmodifiableMap(map);
    }

    /** The domain fields of this kind, by their mapping-file name. */
    public Map<String, FieldType> fields() {
        return fields;
    }

    /** The fields every row must have (mapped, hashed or constant). */
    public Set<String> required() {
        return required;
    }

    /** Whether this kind carries typed custom attributes (accounts and leads do). */
    public boolean hasAttributes() {
        return this == ACCOUNT || this == LEAD;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a kind name, naming the allowed values on failure. */
    public static EntityKind parse(String text) {
        for (EntityKind kind : values()) {
            if (kind.label().equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("must be one of " + List.of("account", "lead", "event", "outcome", "note", "intent") + ": '" + text + "'");
    }
}
