package dev.leadscope.domain.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a caller may do: each API key and token carries exactly one role; admin holds every permission. */
public enum Role {
    /** Keys, model activation and rollback, configuration, erasure and the audit log; and everything the others may do. */
    ADMIN,
    /** Training, evaluation and reports; reads everything. */
    ANALYST,
    /** Reads scores, leads, queues and qualification; gives feedback, notes and outcomes. */
    SALES,
    /** Writes accounts, leads, events, intent and imports only. */
    INGEST;

    /** The role's name as the API and the command line write it: {@code admin}, {@code analyst}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code text} (any case), or an error naming the field and the roles there are. */
    public static Role parse(String field, String text) {
        if (text != null) {
            for (Role r : values()) {
                if (r.name().equalsIgnoreCase(text.trim())) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException(field + " must be one of " + Arrays.stream(values()).map(Role::wireName)
                .collect(Collectors.joining(", ")) + ": '" + text + "'");
    }
}
