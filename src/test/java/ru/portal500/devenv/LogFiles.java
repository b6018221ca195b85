package ru.portal500.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Server logs of the run: each start writes a new one and keeps the few before it (the log of a crash too). */
public final class LogFiles {

    /** How many earlier logs are kept: {@code payara.log.1} (the last run) … {@code payara.log.5}. */
    public static final int KEPT = 5;

    private LogFiles() {
    }

    /** Moves {@code log} to {@code log.1}, {@code log.1} to {@code log.2} … dropping the oldest; returns {@code log}. */
    public static Path rotate(Path log) {
        try {
            Files.deleteIfExists(numbered(log, KEPT));
            for (int i = KEPT - 1; i >= 1; i--) {
                if (Files.exists(numbered(log, i))) {
                    Files.move(numbered(log, i), numbered(log, i + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (Files.exists(log)) {
                Files.move(log, numbered(log, 1), StandardCopyOption.REPLACE_EXISTING);
            }
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("The earlier log " + log + " could not be kept", e);
        }
    }

    static Path numbered(Path log, int number) {
        return log.resolveSibling(log.getFileName() + "." + number);
    }
}
