package org.claimdesk.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, network down) from every other failure, so
 * that users read what happened and that their change was not saved, instead of a generic error. Nothing is
 * half-written in that case: the transaction never committed.
 */
public final class DatabaseFailures {

    /** What users read while the database cannot be reached. */
    public static final String UNREACHABLE = "The database is not reachable right now, so your change was not saved. "
            + "Try again in a moment.";

    private DatabaseFailures() {
    }

    /** Whether {@code error}, or anything that caused it, says the database could not be reached. */
    public static boolean unreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.TransactionException") && t.getCause() instanceof SQLException) {
                // Rolling back or committing on the connection failed: the pool closed it when the server went away
                // (and the failure that caused the rollback is hidden behind it).
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exceptions (SQL standard); 57P01-03: PostgreSQL shutting down or starting up
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
