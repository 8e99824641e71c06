package dev.leadscope.persistence.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Whether a workspace stores any event id between the least and the greatest of some ids, by one range probe of the
 * primary key. When it stores none, none of those ids is stored, and their one-by-one look-up can be skipped: an
 * import's batch of new ids (ids that grow, as exports' usually do) then costs one probe instead of one per id. Only
 * valid where the database orders text as {@link String#compareTo} does (H2's default); elsewhere the least and
 * greatest ids by Java's order need not bound the database's, so callers ask only on H2.
 */
final class EventIdRange {
    private static final String PROBE = "SELECT 1 FROM activity_events WHERE workspace_id = ? AND id >= ? AND id <= ? LIMIT 1";

    private EventIdRange() {
    }

    /** True when some stored id of {@code workspace} lies between the least and the greatest of {@code ids} (not empty). */
    static boolean anyStoredBetween(Connection connection, String workspace, Collection<String> ids) throws SQLException {
        String least = null;
        String greatest = null;
        for (String id : ids) {
            if (least == null || id.compareTo(least) < 0) {
                least = id;
            }
            if (greatest == null || id.compareTo(greatest) > 0) {
                greatest = id;
            }
        }
        if (least == null) {
            throw new IllegalArgumentException("no ids to bound");
        }
        try (PreparedStatement s = connection.prepareStatement(PROBE)) {
            s.setString(1, workspace);
            s.setString(2, least);
            s.setString(3, greatest);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
