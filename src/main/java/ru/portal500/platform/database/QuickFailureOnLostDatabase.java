package ru.portal500.platform.database;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a query that lost its connection three times, five seconds apart: with the database away
 * every request hung some twenty seconds before it failed. The pool already hands out only checked connections,
 * so one immediate retry is enough; a database that is away is then answered in moments (HTTP 503).
 * Named in {@code persistence.xml} ({@code eclipselink.session.customizer}).
 */
public class QuickFailureOnLostDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
