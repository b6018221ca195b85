package ru.portal500.devenv;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo documents are real files: Tika, as the portal uses it, reads the seeds' text back out of them. */
class DemoFilesTest {

    private static final Tika TIKA = new Tika();

    private static String text(byte[] file) throws IOException, TikaException {
        return TIKA.parseToString(new ByteArrayInputStream(file)).replaceAll("\\s+", " ");
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyExcerptHasATitleAndTextInRussian() {
        for (DemoFiles.Text text : DemoFiles.Text.values()) {
            List<String> paragraphs = text.paragraphs();
            assertTrue(paragraphs.size() >= 3, text + ": a title, a source line and text");
            assertTrue(paragraphs.stream().allMatch(p -> p.chars().anyMatch(c -> Character.UnicodeBlock.of(c)
                    == Character.UnicodeBlock.CYRILLIC)), text + " is Russian");
        }
    }

    @Test
    void aGeneratedDocxReadsBackAsTheExcerpt() throws Exception {
        List<String> concept = DemoFiles.Text.CONCEPT.forSchool("МБОУ «СОШ № 1 г. Аткарска»");
        byte[] docx = DemoFiles.docx(concept);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", TIKA.detect(docx));
        String text = text(docx);
        for (String paragraph : concept) {
            assertTrue(text.contains(squeezed(paragraph)), "DOCX keeps: " + paragraph);
        }
    }

    @Test
    void aGeneratedPdfReadsBackWithItsCyrillicWords() throws Exception {
        List<String> programme = DemoFiles.Text.PROGRAMME.forSchool("МОУ «СОШ № 2 г. Балашова»");
        byte[] pdf = DemoFiles.pdf(programme);
        assertEquals("application/pdf", TIKA.detect(pdf));
        String text = text(pdf);
        assertTrue(text.contains("Среднесрочная программа развития — МОУ «СОШ № 2 г. Балашова»"), text);
        // Lines are wrapped in the PDF: every word of the excerpt is there, in order.
        int from = 0;
        for (String word : String.join(" ", programme).split("\\s+")) {
            int at = text.indexOf(word, from);
            assertTrue(at >= 0, "PDF keeps the word «" + word + "» after position " + from);
            from = at + word.length();
        }
    }

    @Test
    void thePasswordProtectedPdfIsOneThePortalCannotRead() {
        byte[] pdf = DemoFiles.passwordProtectedPdf(DemoFiles.Text.SELF_EVALUATION.paragraphs());
        assertEquals("application/pdf", TIKA.detect(pdf));
        assertThrows(Exception.class, () -> assertFalse(text(pdf).contains("самоанализ")),
                "no text without the password");
    }
}
