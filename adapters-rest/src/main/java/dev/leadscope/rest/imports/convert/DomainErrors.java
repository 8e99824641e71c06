package dev.leadscope.rest.imports.convert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Maps a domain message ("email is not an e-mail address", "leadId: lead not found") to the column it is about. */
final class DomainErrors {
    private static final Map<String, String> ALIASES = Map.of("owner_id", "repId", "source_channel", "source.channel",
            "source_campaign", "source.campaign", "event_id", "eventId");

    private final Cells cells;
    private final Map<String, String> fieldByDomainName = new LinkedHashMap<>();

    DomainErrors(Cells cells, Set<String> fields) {
        this.cells = cells;
        fields.stream().sorted((a, b) -> camel(b).length() - camel(a).length()).forEach(f -> {
            fieldByDomainName.put(ALIASES.getOrDefault(f, camel(f)), f);
            fieldByDomainName.putIfAbsent(camel(f), f);
        });
    }

    RowRejected toRejection(RuntimeException e) {
        if (e instanceof RowRejected r) {
            return r;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (Map.Entry<String, String> entry : fieldByDomainName.entrySet()) {
            String name = entry.getKey();
            if (message.equals(name) || message.startsWith(name + " ") || message.startsWith(name + ":") || message.startsWith(name + ".")) {
                return new RowRejected(cells.columnOf(entry.getValue()), null, message);
            }
        }
        return new RowRejected("-", null, message);
    }

    static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
