package ru.portal500.shared.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileNamesTest {

    @Test
    void aRussianNameStaysAsItIs() {
        assertEquals("Концепция развития МБОУ «СОШ № 5» (2026).docx",
                FileNames.clean("Концепция развития МБОУ «СОШ № 5» (2026).docx"));
    }

    @Test
    void onlyTheLastPartOfAPathIsKept() {
        assertEquals("passwd", FileNames.clean("../../etc/passwd"));
        assertEquals("план.docx", FileNames.clean("C:\\Users\\Иван\\Документы\\план.docx"));
        assertEquals("отчёт.pdf", FileNames.clean("a/b\\..\\отчёт.pdf"));
        assertEquals(FileNames.UNNAMED, FileNames.clean("папка/"));
    }

    @Test
    void controlAndInvisibleCharactersAreTakenOut() {
        assertEquals("plan.docx", FileNames.clean("plan\u0000.docx\n"));
        // The right-to-left override would show "annexe.docx" as "annexcod.exe"… and back.
        assertEquals("annexcod.exe", FileNames.clean("annex\u202Ecod.exe"));
        assertEquals("отчёт.pdf", FileNames.clean("от\u200Bчёт.pdf"));
    }

    @Test
    void leadingDotsAndSpacesGoAndTrailingOnesToo() {
        assertEquals("программа.docx", FileNames.clean("  программа.docx . "));
        assertEquals(FileNames.UNNAMED, FileNames.clean(".."));
        assertEquals(FileNames.UNNAMED, FileNames.clean(""));
        assertEquals(FileNames.UNNAMED, FileNames.clean(null));
    }

    @Test
    void aNameThatIsOnlyAnExtensionKeepsItBehindTheWordDocument() {
        assertEquals("документ.pdf", FileNames.clean(".pdf"));
        assertEquals("документ.docx", FileNames.clean("...docx"));
        assertEquals("документ.docx", FileNames.clean(" . .docx"));
    }

    @Test
    void namesWindowsReservesForDevicesAreNotKeptAsTheyAre() {
        assertEquals("CON_", FileNames.clean("CON"));
        assertEquals("nul_.pdf", FileNames.clean("nul.pdf"));
        assertEquals("LPT1_.docx", FileNames.clean("LPT1.docx"));
        assertEquals("Com9_.tar.gz", FileNames.clean("Com9.tar.gz"));
        assertEquals("aux_", FileNames.clean("aux "));
        assertEquals("CONSOLE.docx", FileNames.clean("CONSOLE.docx"));
        assertEquals("Концепция CON.docx", FileNames.clean("Концепция CON.docx"));
    }

    @Test
    void charactersWindowsForbidsBecomeUnderscoresAndSpacesAreTidied() {
        assertEquals("План_ _итог_ готов_.docx", FileNames.clean("План: \"итог\"\tготов?.docx"));
        assertEquals("дорожная карта.xlsx", FileNames.clean("дорожная   \u00A0карта.xlsx"));
    }

    @Test
    void aNameTypedOnAMacIsComposed() {
        assertEquals("Отчёт о самообследовании й.pdf", FileNames.clean("Отче\u0308т о самообследовании и\u0306.pdf"));
    }

    @Test
    void a300CharacterNameIsShortenedTo255BytesKeepingItsExtension() {
        String cleaned = FileNames.clean("я".repeat(300) + ".docx");

        assertEquals("я".repeat(125) + ".docx", cleaned);
        assertEquals(255, cleaned.getBytes(StandardCharsets.UTF_8).length);
        assertEquals("a".repeat(251) + ".pdf", FileNames.clean("a".repeat(300) + ".pdf"));
    }

    @Test
    void shorteningNeverCutsACharacterInTwo() {
        String cleaned = FileNames.clean("😀".repeat(100) + ".txt");

        assertTrue(cleaned.getBytes(StandardCharsets.UTF_8).length <= 255);
        assertEquals("😀".repeat(62) + ".txt", cleaned);
    }

    @Test
    void aLongNameWithoutAnExtensionIsCutToo() {
        assertEquals("ж".repeat(127), FileNames.clean("ж".repeat(300)));
    }
}
