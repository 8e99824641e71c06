package dev.leadscope.domain.event;

import dev.leadscope.domain.common.Instants;
import dev.leadscope.domain.common.Recurring;
import dev.leadscope.domain.common.Texts;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something a lead did or that happened to it. {@code category} refines the type (for a page view:
 * pricing, docs, case_study, blog...); {@code properties} keep whatever else the source sent.
 */
public record ActivityEvent(
        WorkspaceId workspace,
        EventId id,
        LeadId leadId,
        EventType type,
        String category,
        Instant occurredAt,
        Map<String, String> properties) {

    public static final int MAX_PROPERTIES = 50;
    /**
     * Types and categories are few and shared by many events: each event holds the one kept instance, whose text is the
     * JVM's interned string, the same object as that text written in code (settings keyed by type find it at once).
     */
    private static final Recurring<EventType> TYPES = new Recurring<>(10_000, t -> new EventType(t.name().intern()));
    private static final Recurring<String> CATEGORIES = new Recurring<>(10_000, String::intern);

    public ActivityEvent {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "eventId");
        Objects.requireNonNull(leadId, "leadId");
        type = TYPES.of(Objects.requireNonNull(type, "type"));
        category = Texts.optional("category", category, 64);
        category = category == null ? null : CATEGORIES.of(category);
        if (occurredAt == null) {
            throw new IllegalArgumentException("occurredAt must not be empty");
        }
        occurredAt = Instants.micros(occurredAt);
        properties = copyProperties(properties);
    }

    private static Map<String, String> copyProperties(Map<String, String> properties) {
        if (properties == null || properties.isEmpty()) {
            return Map.of();
        }
        if (properties.size() > MAX_PROPERTIES) {
            throw new IllegalArgumentException("properties must have at most " + MAX_PROPERTIES + " entries: " + properties.size());
        }
        TreeMap<String, String> copy = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (k == null || k.isBlank() || k.length() > 64) {
                throw new IllegalArgumentException("properties keys must be 1-64 characters: '" + k + "'");
            }
            if (v == null) {
                throw new IllegalArgumentException("properties." + k + " must not be null");
            }
            if (v.length() > 2000) {
                throw new IllegalArgumentException("properties." + k + " must be at most 2000 characters: " + v.length());
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }

    /**
     * This event as scores read it: the same event without its properties, which no score, account score or
     * qualification reads (an event kept in memory for them then holds no copy of what the source sent besides).
     */
    public ActivityEvent withoutProperties() {
        return properties.isEmpty() ? this : new ActivityEvent(workspace, id, leadId, type, category, occurredAt, Map.of());
    }

    /**
     * A digest of everything but the workspace and id. Two events with the same id and the same
     * fingerprint are the same event sent twice; the same id with another fingerprint is a conflict.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder(128);
        sb.append(leadId.value()).append('\u0000')
                .append(type.name()).append('\u0000')
                .append(category == null ? "" : category).append('\u0000')
                .append(occurredAt.toEpochMilli()).append('.').append(occurredAt.getNano() % 1_000_000).append('\u0000');
        properties.forEach((k, v) -> sb.append(k).append('=').append(v).append('\u0000'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
