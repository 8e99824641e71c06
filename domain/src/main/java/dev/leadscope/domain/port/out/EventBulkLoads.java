package dev.leadscope.domain.port.out;

/**
 * Lets the event log prepare for taking in a great many events at once (a CSV import) and restore its usual
 * state afterwards: a store may, for instance, set aside a secondary index while it loads into an empty table and
 * build it once at the end. Loads may overlap; what was set aside is restored when the last one ends. Reads
 * stay correct during a load, though they may be slower. Implementations are thread-safe.
 */
public interface EventBulkLoads {

    /** Starts a bulk load; the caller must close what it returns (in a finally block) when its events are written. */
    Load begin();

    /** A bulk load under way. */
    interface Load extends AutoCloseable {
        /** Ends the load, restoring what it set aside before returning; calling it again does nothing. */
        @Override
        void close();
    }

    /** For stores that need no preparation. */
    EventBulkLoads NONE = () -> () -> { };
}
