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

    public Path storageDir() {
        return Path.of(storageDir).toAbsolutePath();
    }

    public Path indexDir() {
        return Path.of(indexDir).toAbsolutePath();
    }

    public boolean demoData() {
        return demoData;
    }
}
