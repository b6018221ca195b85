package ru.portal500.devenv;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the run started, stopped at Ctrl-C in the reverse order (the portal, Keycloak, MariaDB, the mail catcher),
 * then whatever child process is still alive (one that was still starting when Ctrl-C came). Nothing stops the
 * stopping: a failing server, nor a console that throws while the JVM shuts down (Maven's Jansi does, with its
 * output redirected to a file).
 */
final class StartedServers {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final Consumer<String> console;

    StartedServers(Consumer<String> console) {
        this.console = console;
    }

    synchronized <T extends AutoCloseable> T add(T server) {
        running.push(server);
        return server;
    }

    /**
     * Stops what was added, in the reverse order, and nothing else: in a test's JVM the other child processes (the
     * shared test servers, the browser) belong to others.
     */
    void stopAll() {
        tell("Остановка…");
        stopAdded();
        tell("Остановлено.");
    }

    /**
     * At Ctrl-C of the run, whose JVM is the run: what was added, then every child process still alive (a server that
     * was still starting, not added yet).
     */
    void stopAllAndLeftoverChildren() {
        tell("Остановка…");
        stopAdded();
        stopLeftoverChildren();
        tell("Остановлено.");
    }

    private void stopAdded() {
        for (AutoCloseable server = next(); server != null; server = next()) {
            try {
                server.close();
            } catch (Exception | LinkageError e) {
                tell("Не остановлено: " + e);
            }
        }
    }

    private synchronized AutoCloseable next() {
        return running.poll();
    }

    private void stopLeftoverChildren() {
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        if (left.isEmpty()) {
            return;
        }
        left.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(GRACE);
        for (ProcessHandle child : left) {
            try {
                child.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                        java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                child.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroyForcibly();
            }
        }
    }

    private void tell(String line) {
        try {
            console.accept(line);
        } catch (RuntimeException consoleGone) {
            // The console failed while the JVM shuts down; stopping the servers matters more than saying so.
        }
    }
}
