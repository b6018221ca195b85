package ru.portal500.devenv;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C of the run: every server is stopped, whatever the console or a server does meanwhile. */
class StartedServersTest {

    @Test
    void aConsoleThatThrowsWhilePrintingDoesNotKeepTheServersRunning() {
        List<String> stopped = new ArrayList<>();
        // Maven's Jansi console, output redirected to a file, while the JVM shuts down:
        StartedServers servers = new StartedServers(line -> {
            throw new NumberFormatException("For input string: \"\"");
        });
        servers.add(() -> stopped.add("mail"));
        servers.add(() -> stopped.add("MariaDB"));
        servers.add(() -> stopped.add("Keycloak"));
        servers.add(() -> stopped.add("Payara"));

        servers.stopAll();

        assertEquals(List.of("Payara", "Keycloak", "MariaDB", "mail"), stopped);
    }

    @Test
    void aServerThatFailsToStopDoesNotKeepTheOthersRunning() {
        List<String> stopped = new ArrayList<>();
        List<String> said = new ArrayList<>();
        StartedServers servers = new StartedServers(said::add);
        servers.add(() -> stopped.add("MariaDB"));
        servers.add(() -> {
            throw new IllegalStateException("Keycloak did not answer");
        });
        servers.add(() -> stopped.add("Payara"));

        servers.stopAll();

        assertEquals(List.of("Payara", "MariaDB"), stopped);
        assertEquals("Остановка…", said.get(0));
        assertEquals("Остановлено.", said.get(said.size() - 1));
    }

    @Test
    void aChildStillStartingWhenCtrlCComesIsStoppedToo() throws Exception {
        Process starting = new ProcessBuilder("sleep", "300").start();
        try {
            new StartedServers(line -> { }).stopAllAndLeftoverChildren();
            starting.waitFor(10, TimeUnit.SECONDS);
            assertFalse(starting.isAlive(), "the child process outlived the stop");
        } finally {
            starting.destroyForcibly();
        }
    }

    @Test
    void stoppingARunInsideATestLeavesTheTestsOtherServersRunning() throws Exception {
        Process sharedTestServer = new ProcessBuilder("sleep", "300").start();
        try {
            StartedServers servers = new StartedServers(line -> { });
            List<String> stopped = new ArrayList<>();
            servers.add(() -> stopped.add("Payara"));

            servers.stopAll();

            assertEquals(List.of("Payara"), stopped);
            assertTrue(sharedTestServer.isAlive(), "a child process the run did not start was stopped with it");
        } finally {
            sharedTestServer.destroyForcibly();
        }
    }
}
