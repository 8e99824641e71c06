package dev.leadscope.persistence.event;

import dev.leadscope.domain.port.out.EventBulkLoads;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bulk loads of the event log. On H2, a load into an empty {@code activity_events} table drops the lead/time
 * index and builds it again in one sorted pass when the last overlapping load ends, then has H2 analyze the table so
 * that its planner reads by lead through that index: every inserted row meanwhile
 * updates two B-trees instead of three, in the insert, in the commit and in the pages H2 writes out. Meanwhile
 * reads by lead scan the table (correct, slower). A load into a table that holds events, and any load on
 * PostgreSQL, changes nothing. The index is also built, when missing, as this store is created (on a process's
 * first import) and as any later load begins, so a load cut short (the process killed) leaves it missing until the
 * next import.
 */
@Singleton
public class JdbcEventBulkLoads implements EventBulkLoads {
    static final String INDEX = "activity_events_by_lead_time";
    /** As the migrations create it: the columns a score reads are in the index, so reads by lead never touch the table. */
    private static final String CREATE_INDEX = "CREATE INDEX IF NOT EXISTS " + INDEX
            + " ON activity_events (workspace_id, lead_id, occurred_at, id, type, category)";
    private static final String DROP_INDEX = "DROP INDEX IF EXISTS " + INDEX;
    private static final String ANALYZE = "ANALYZE TABLE activity_events";
    /** Building the index waits for writers of other connections to let go of the table; H2 gives up after its lock timeout. */
    private static final int BUILD_ATTEMPTS = 5;

    private final TransactionOperations<Connection> tx;
    private final boolean h2;
    private int open;
    private boolean deferred;

    JdbcEventBulkLoads(TransactionOperations<Connection> tx) {
        this.tx = tx;
        this.h2 = tx.executeRead(status -> isH2(status.getConnection()));
        if (h2) {
            buildMissingIndex();
        }
    }

    @Override
    public synchronized Load begin() {
        if (h2 && open == 0) {
            if (tableEmpty()) {
                execute(DROP_INDEX);
                deferred = true;
            } else {
                buildMissingIndex();
            }
        }
        open++;
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                end();
            }
        };
    }

    private synchronized void end() {
        open--;
        if (open == 0 && deferred) {
            deferred = false;
            buildIndex();
            // the table went from empty to loaded: let the planner see how many leads share it before it next picks an index
            execute(ANALYZE);
        }
    }

    /**
     * Builds the index if a load cut short left it missing. Best effort: another process's writers may hold the table
     * past every attempt, and a missing index only slows reads down, so this leaves it to the next try rather than
     * failing the import or the start-up that asked.
     */
    private void buildMissingIndex() {
        try {
            buildIndex();
        } catch (RuntimeException e) {
            // left missing until the next load begins or this store is created again
        }
    }

    private void buildIndex() {
        for (int attempt = 1; ; attempt++) {
            try {
                execute(CREATE_INDEX);
                return;
            } catch (RuntimeException e) {
                if (attempt == BUILD_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private boolean tableEmpty() {
        return tx.executeRead(status -> {
            try (Statement s = status.getConnection().createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM activity_events LIMIT 1")) {
                return !rs.next();
            } catch (SQLException e) {
                throw new StoreException("reading whether activity_events is empty failed", e);
            }
        });
    }

    private void execute(String ddl) {
        tx.executeWrite(status -> {
            try (Statement s = status.getConnection().createStatement()) {
                s.execute(ddl);
                return null;
            } catch (SQLException e) {
                throw new StoreException(ddl + " failed", e);
            }
        });
    }

    static boolean isH2(Connection connection) {
        try {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new StoreException("reading the database product failed", e);
        }
    }
}
