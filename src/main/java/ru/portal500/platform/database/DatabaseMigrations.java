package ru.portal500.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import ru.portal500.platform.config.PortalSettings;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Flyway owns the schema: migrations run once at start-up, before any request is served.
 * Demo data is a separate location, applied only where {@code portal.demo-data} is true; the demo entries of the
 * practice bank another one, applied only where {@code portal.demo-bank} is true as well.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String SCHEMA_LOCATION = "classpath:db/migration";
    public static final String DEMO_LOCATION = "classpath:db/demo";
    public static final String DEMO_BANK_LOCATION = "classpath:db/demo-bank";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PortalSettings settings;

    @PostConstruct
    void migrate() {
        MigrateResult result = apply(dataSource, settings.demoData(), settings.demoData() && settings.demoBank(),
                getClass().getClassLoader());
        LOG.info(() -> result.migrationsExecuted == 0
                ? "Database schema is up to date"
                : "Database schema migrated to version " + result.targetSchemaVersion
                        + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Applies the schema (and demo data where asked); used by the migration tests. */
    public static MigrateResult apply(DataSource dataSource, boolean withDemoData, ClassLoader classLoader) {
        return apply(dataSource, withDemoData, false, classLoader);
    }

    /** Applies the schema, the demo data and the demo entries of the practice bank, as asked; used at start-up. */
    public static MigrateResult apply(DataSource dataSource, boolean withDemoData, boolean withDemoBank, ClassLoader classLoader) {
        List<String> locations = new ArrayList<>(List.of(SCHEMA_LOCATION));
        if (withDemoData) {
            locations.add(DEMO_LOCATION);
        }
        if (withDemoBank) {
            locations.add(DEMO_BANK_LOCATION);
        }
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .validateMigrationNaming(true)
                // Demo data applied once and not asked for later is not an error.
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
    }
}
