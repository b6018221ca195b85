package ru.portal500.documents.storage;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentAddressTest {

    private static final String SHA = "abcdef0123456789".repeat(4);

    @Test
    void aFileLiesTwoFolderLevelsDownByItsFirstDigits() {
        assertEquals(Path.of("ab", "cd", SHA), new ContentAddress(SHA).relativePath());
    }

    @Test
    void onlySixtyFourLowerCaseHexDigitsAreAnAddress() {
        assertTrue(ContentAddress.isValid(SHA));
        for (String bad : new String[] {SHA.toUpperCase(), SHA.substring(1), SHA + "0", "../" + SHA.substring(3),
                SHA.substring(0, 63) + "g", ""}) {
            assertFalse(ContentAddress.isValid(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> new ContentAddress(bad));
        }
        assertFalse(ContentAddress.isValid(null));
    }
}
