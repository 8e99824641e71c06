package dev.leadscope.persistence.event;

import java.sql.SQLException;

/** A JDBC statement of the event log failed; carries the database's own error as its cause. */
class StoreException extends RuntimeException {
    StoreException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
