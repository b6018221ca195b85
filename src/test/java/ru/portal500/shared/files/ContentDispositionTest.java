package ru.portal500.shared.files;

import ru.portal500.documents.domain.AcceptedFormat;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentDispositionTest {

    @Test
    void aRussianNameIsSentInUtf8WithATransliteratedFallback() {
        assertEquals("attachment; filename=\"Kontseptsiya razvitiya.docx\"; "
                        + "filename*=UTF-8''%D0%9A%D0%BE%D0%BD%D1%86%D0%B5%D0%BF%D1%86%D0%B8%D1%8F%20"
                        + "%D1%80%D0%B0%D0%B7%D0%B2%D0%B8%D1%82%D0%B8%D1%8F.docx",
                ContentDisposition.attachment("Концепция развития.docx"));
    }

    @Test
    void theUtf8NameDecodesBackToTheCleanedName() {
        String name = "Программа антирисковых мер № 2 «Низкая мотивация»; 100% (итог)'.docx";
        String header = ContentDisposition.attachment(name);
        String encoded = header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());

        assertEquals(FileNames.clean(name), URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        assertTrue(header.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "an HTTP header is printable ASCII: " + header);
    }

    @Test
    void theFallbackHasNoQuotesBackslashesOrPercentSigns() {
        assertEquals("Plan _100__ _itog_.pdf",
                ContentDisposition.asciiFallback("План «100%» \"итог\".pdf"));
        assertEquals("Shchelkovo, Ezhik i Ege.txt", ContentDisposition.asciiFallback("Щёлково, Ёжик и Эге.txt"));
        assertEquals("Cafe naive.txt", ContentDisposition.asciiFallback("Café naïve.txt"));
    }

    @Test
    void thePathOfAFileNameNeverReachesTheHeader() {
        assertEquals(ContentDisposition.attachment("passwd"), ContentDisposition.attachment("../../etc/passwd"));
    }

    @Test
    void aPdfOpensInlineForPreviewAndEverythingElseDownloads() {
        assertTrue(ContentDisposition.forOpening("Дорожная карта.pdf", previewable("application/pdf")).startsWith("inline; filename=\"Dorozhnaya karta.pdf\""));
        assertTrue(ContentDisposition.forOpening("Дорожная карта.docx", previewable(AcceptedFormat.DOCX.mediaType())).startsWith("attachment; "));
        assertTrue(ContentDisposition.forOpening("Дорожная карта.pdf", previewable("text/html")).startsWith("attachment; "));
    }

    private static boolean previewable(String mediaType) {
        return AcceptedFormat.of(mediaType).map(AcceptedFormat::previewable).orElse(false);
    }
}
