package ru.portal500.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/**
 * Folders and switches of the portal, from MicroProfile Config (environment variables such as
 * {@code PORTAL_DATA_DIR} override {@code META-INF/microprofile-config.properties}).
 */
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "portal.storage.dir")
    String storageDir;

    @Inject
    @ConfigProperty(name = "portal.index.dir")
    String indexDir;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "portal.demo-bank", defaultValue = "false")
    boolean demoBank;

    @Inject
    @ConfigProperty(name = "portal.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "portal.reminders", defaultValue = "true")
    boolean reminders;

    /**
     * Whether this node sends the scheduled reminders and daily digests ({@code PORTAL_REMINDERS=false}: another node
     * does, or a benchmark measures the pages alone). Sent once on any node either way.
     */
    public boolean sendsReminders() {
        return reminders;
    }

    public Path storageDir() {
        return Path.of(storageDir).toAbsolutePath();
    }

    public Path indexDir() {
        return Path.of(indexDir).toAbsolutePath();
    }

    /** Where people reach the portal (links in mails point here), without a trailing slash. */
    public java.net.URI page(String path) {
        return java.net.URI.create(publicUrl.replaceAll("/+$", "") + path);
    }

    public boolean demoData() {
        return demoData;
    }

    /** Whether the demo entries of the practice bank are added (the one-command run; not the tests, which publish their own). */
    public boolean demoBank() {
        return demoBank;
    }
}
