package dev.leadscope.persistence.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which of some ids a workspace stores, from one range scan of the primary key between the least and the greatest of
 * them, read only as far as a limit: when the range holds no more stored ids than that, the ids among them are the
 * only ones that can be stored, and the one-by-one look-up of the others can be skipped. An import's batch of new ids
 * (ids that grow, as exports' usually do) then costs one short scan instead of one look-up per id, even while the other
 * import writer stores the ids in between (each writes the events of its own leads, so their batches' ranges interleave).
 * Only valid where the database orders text as {@link String#compareTo} does (H2's default); elsewhere the least and
 * greatest ids by Java's order need not bound the database's, so callers ask only on H2.
 */
final class EventIdRange {
    private static final String SCAN = "SELECT id FROM activity_events WHERE workspace_id = ? AND id >= ? AND id <= ? ORDER BY id LIMIT ?";

    private EventIdRange() {
    }

    /**
     * The ids of {@code workspace} stored between the least and the greatest of {@code ids} (not empty), or nothing when
     * there are more than {@code limit} of them (then the caller looks its ids up one by one).
     */
    static Optional<Set<String>> storedBetween(Connection connection, String workspace, Collection<String> ids, int limit)
            throws SQLException {
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
        Set<String> stored = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(SCAN)) {
            s.setString(1, workspace);
            s.setString(2, least);
            s.setString(3, greatest);
            s.setInt(4, limit + 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        return stored.size() > limit ? Optional.empty() : Optional.of(stored);
    }
}
