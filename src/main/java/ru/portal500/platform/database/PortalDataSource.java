package ru.portal500.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source. URL, user and password come from MicroProfile Config
 * ({@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}); Payara resolves
 * {@code ${MPCONFIG=…}} when it creates the pool, so nothing secret is in the code.
 * <p>
 * The pool survives a database restart: every connection is checked with a round trip ({@code SELECT '1'})
 * before it is handed out — the {@code meta-data} check did not notice a dead connection with the MariaDB
 * driver, and the portal answered «Connection is closed» until it was restarted — and one dead connection
 * makes the pool drop all of them. A database that does not answer is given three seconds to accept a
 * connection ({@code loginTimeout}, the driver's {@code connectTimeout}).
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 3,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // A request waits at most this long for a free connection of a full pool.
                "fish.payara.max-wait-time-in-millis=10000"
        })
@ApplicationScoped
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
