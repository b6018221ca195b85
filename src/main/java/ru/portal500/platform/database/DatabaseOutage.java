package ru.portal500.platform.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure means that the database cannot be reached (stopped, restarting, the network to it cut),
 * rather than a fault of the request: such a failure is answered "try again shortly" (HTTP 503), not as an error
 * of the portal. It looks through the whole chain of causes, as the failure arrives wrapped by EJB, JPA,
 * EclipseLink and the connection pool.
 */
public final class DatabaseOutage {

    /** SQL state class 08: connection exception (SQL standard, used by the MariaDB driver). */
    private static final String CONNECTION_STATE_CLASS = "08";

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isLostConnection(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null
                    && sql.getNextException() != sql.getCause() && isCause(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLostConnection(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)) {
            return true;
        }
        if (t instanceof org.eclipse.persistence.exceptions.DatabaseException database
                && database.isCommunicationFailure()) {
            return true;
        }
        // The pool could not allocate a connection (Payara: "Error in allocating a connection").
        return t instanceof jakarta.resource.ResourceException;
    }
}
