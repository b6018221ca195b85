package ru.portal500.documents.storage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UploadNamesTest {

    @Test
    void anUploadWhoseNameHasANulIsRefusedNotCleaned() {
        UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                () -> UploadNames.of("отчёт.pdf\u0000.exe"));
        assertEquals(UploadRefusedException.Reason.BAD_NAME, refused.reason());
        assertEquals("documents.error.nameNul", refused.messageKey());
        assertEquals("отчёт.pdf", UploadNames.of("отчёт.pdf"));
    }
}
