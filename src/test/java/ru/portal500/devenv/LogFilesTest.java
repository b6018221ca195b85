package ru.portal500.devenv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A server started again does not wipe the log of its last run (the log of a crash is read after the restart). */
class LogFilesTest {

    @TempDir
    Path dir;

    @Test
    void aServerStartedAgainKeepsTheLogsOfItsRunsBefore() throws Exception {
        Path log = dir.resolve("payara.log");
        int runs = LogFiles.KEPT + 2;
        for (int run = 1; run <= runs; run++) {
            ChildProcess server = ChildProcess.start("Server", List.of("sh", "-c", "echo run " + run), dir, Map.of(), log);
            server.awaitExit();
        }
        assertEquals("run " + runs, Files.readString(log).strip());
        for (int i = 1; i <= LogFiles.KEPT; i++) {
            assertEquals("run " + (runs - i), Files.readString(dir.resolve("payara.log." + i)).strip());
        }
        assertFalse(Files.exists(dir.resolve("payara.log." + (LogFiles.KEPT + 1))));
    }

    @Test
    void theFirstStartHasNothingToKeep() {
        Path log = dir.resolve("keycloak.log");
        assertEquals(log, LogFiles.rotate(log));
        assertFalse(Files.exists(dir.resolve("keycloak.log.1")));
    }
}
