package dev.leadscope.persistence.support;

import java.sql.SQLException;
import java.util.Set;

/** Classifies SQL failures by their standard SQLSTATE, the same on H2 and PostgreSQL. */
public final class SqlStates {
    /** Unique key violated, serialization failure, deadlock detected (PostgreSQL's own code). */
    private static final Set<String> CONCURRENT_WRITE = Set.of("23505", "40001", "40P01");

    private SqlStates() {
    }

    /**
     * Whether the failure, or one chained to it (a batch's next exception, a cause), comes from another transaction
     * writing the same keys at once, so that running the transaction again can succeed.
     */
    public static boolean concurrentWrite(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && CONCURRENT_WRITE.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
