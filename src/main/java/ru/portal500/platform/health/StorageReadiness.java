package ru.portal500.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import ru.portal500.platform.config.PortalSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Ready only when the file storage and index folders exist (created if missing) and are writable. */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    @Inject
    PortalSettings settings;

    @Override
    public HealthCheckResponse call() {
        boolean storage = writable(settings.storageDir());
        boolean index = writable(settings.indexDir());
        return HealthCheckResponse.named("storage")
                .status(storage && index)
                .withData("files", storage)
                .withData("index", index)
                .build();
    }

    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException e) {
            return false;
        }
    }
}
