package ru.portal500.devenv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip in the local Maven repository, in dev mode on
 * loopback, with the realm imported from {@code realm-config/}. The realm is imported again when
 * its files (or the portal address put into them) change.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "portal500";

    private final ChildProcess process;
    private final int port;

    private LocalKeycloak(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static LocalKeycloak start(Settings settings) {
        Path home = unpack(settings.distributionZip(), settings.installDir());
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "PORTAL_BASE_URL", settings.portalBaseUrl(),
                // Placeholders of the realm's SMTP settings: mail goes to the local mail catcher.
                "PORTAL_SMTP_HOST", "127.0.0.1",
                "PORTAL_SMTP_PORT", String.valueOf(settings.smtpPort()),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        prepareRealmImport(home, settings.realmDir(), settings.portalBaseUrl() + " smtp:" + settings.smtpPort(),
                settings.freshRealm());
        List<String> command = List.of("sh", "bin/kc.sh", "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.port(),
                "--http-management-port=" + settings.managementPort(),
                "--hostname=http://localhost:" + settings.port(),
                "--import-realm");
        ChildProcess process = ChildProcess.start("Keycloak", command, home, env, home.resolve("keycloak.log"));
        LocalKeycloak keycloak = new LocalKeycloak(process, settings.port());
        try {
            // A fresh realm import takes minutes on a busy two-core machine (several builds at once).
            process.awaitHttpOk(keycloak.issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(8));
        } catch (RuntimeException e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    @Override
    public void close() {
        process.close();
    }

    private static Path unpack(Path zip, Path installDir) {
        Path marker = installDir.resolve(".unpacked-" + zip.getFileName());
        try {
            if (Files.exists(marker)) {
                return home(installDir);
            }
            Files.createDirectories(installDir);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Path target = installDir.resolve(entry.getName()).normalize();
                    if (!target.startsWith(installDir)) {
                        throw new IOException("Zip entry outside the target folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(marker, zip.toString());
            return home(installDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak could not be unpacked from " + zip, e);
        }
    }

    private static Path home(Path installDir) throws IOException {
        try (Stream<Path> children = Files.list(installDir)) {
            return children.filter(p -> Files.exists(p.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IOException("No Keycloak distribution in " + installDir));
        }
    }

    private static void prepareRealmImport(Path home, Path realmDir, String placeholders, boolean fresh) {
        try {
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(placeholders.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.list(realmDir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    Files.copy(file, importDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    try (InputStream in = Files.newInputStream(file)) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            String fingerprint = HexFormat.of().formatHex(digest.digest());
            Path stamp = home.resolve("data/realm-import.sha256");
            boolean changed = !Files.exists(stamp) || !Files.readString(stamp).equals(fingerprint);
            if (fresh || changed) {
                // An existing realm is never re-imported: drop Keycloak's dev database to import anew.
                deleteTree(home.resolve("data/h2"));
            }
            Files.writeString(stamp, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("The realm import could not be prepared from " + realmDir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Where Keycloak comes from and how it is reached. */
    public record Settings(Path distributionZip, Path installDir, Path realmDir, int port, int managementPort,
                           String portalBaseUrl, int smtpPort, boolean freshRealm) {
    }
}
