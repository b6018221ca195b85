package ru.portal500.documents.extraction;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ContentHandler;
import ru.portal500.documents.EngineFixtures;
import ru.portal500.documents.RussianText;
import ru.portal500.documents.SampleDocuments;
import ru.portal500.documents.storage.FileStore;
import ru.portal500.documents.storage.StoredFile;
import ru.portal500.shared.i18n.Texts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.documents.EngineFixtures.addressOf;
import static ru.portal500.documents.EngineFixtures.filesIn;

/** Text out of every kind of document, and the precise reason when there is none; the file always kept. */
class TextExtractorTest {

    private static final List<String> CONCEPT = RussianText.paragraphs(7, 4_000);

    @TempDir
    Path folder;
    private FileStore store;

    @BeforeEach
    void open() {
        store = EngineFixtures.store(folder);
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("DOCX", SampleDocuments.docx(CONCEPT)),
                Arguments.of("XLSX", SampleDocuments.xlsx(CONCEPT)),
                Arguments.of("PPTX", SampleDocuments.pptx(CONCEPT)),
                Arguments.of("PDF", SampleDocuments.pdf(CONCEPT)),
                Arguments.of("ODT", SampleDocuments.odt(CONCEPT)),
                Arguments.of("RTF", SampleDocuments.rtf(CONCEPT)),
                Arguments.of("text in UTF-8", SampleDocuments.text(CONCEPT)),
                Arguments.of("text in Windows-1251", String.join("\r\n", CONCEPT).getBytes(Charset.forName("windows-1251"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theRussianTextOfEachFormatIsExtracted(String kind, byte[] content) throws IOException {
        Extraction extraction = extract(content);

        assertTrue(extraction.succeeded(), kind + ": " + extraction.failure());
        assertFalse(extraction.truncated());
        String words = oneLine(extraction.text());
        for (String paragraph : CONCEPT) {
            assertTrue(words.contains(paragraph), kind + " lacks «" + paragraph + "» in «" + words + "»");
        }
    }

    @Test
    void aTextLongerThanTheLimitIsCutThere() throws IOException {
        List<String> programme = RussianText.paragraphs(8, 20_000);
        StoredFile docx = stored(SampleDocuments.docx(programme));

        Extraction extraction = EngineFixtures.extractor(new ExtractionLimits(5_000, Duration.ofSeconds(60)))
                .extract(store.path(docx.sha256()), docx.mediaType());

        assertTrue(extraction.succeeded());
        assertTrue(extraction.truncated());
        assertTrue(extraction.text().length() <= 5_000 && extraction.text().length() > 4_000, "" + extraction.text().length());
        assertTrue(String.join("\n", programme).startsWith(extraction.text()), "the beginning of the text, as it is");
    }

    @Test
    void aPasswordProtectedPdfIsEncryptedAndKept() throws IOException {
        assertFailsAndIsKept(SampleDocuments.encryptedPdf(CONCEPT), ExtractionFailure.ENCRYPTED);
    }

    @Test
    void aPasswordProtectedDocxIsEncryptedAndKept() throws IOException {
        assertFailsAndIsKept(SampleDocuments.encryptedDocx(CONCEPT), ExtractionFailure.ENCRYPTED);
    }

    @Test
    void aTruncatedDocxIsDamagedAndKept() throws IOException {
        byte[] docx = SampleDocuments.docx(RussianText.paragraphs(9, 100_000));
        assertFailsAndIsKept(SampleDocuments.truncated(docx, 0.6), ExtractionFailure.DAMAGED);
    }

    @Test
    void aTruncatedPdfIsDamagedAndKept() throws IOException {
        byte[] pdf = SampleDocuments.pdf(RussianText.paragraphs(9, 20_000));
        assertFailsAndIsKept(SampleDocuments.truncated(pdf, 0.6), ExtractionFailure.DAMAGED);
    }

    @Test
    void aDocxWhoseXmlBreaksOffIsDamaged() throws IOException {
        assertFailsAndIsKept(SampleDocuments.docxWithBrokenXml(), ExtractionFailure.DAMAGED);
    }

    @Test
    void billionLaughsIsRefusedForItsEntitiesWithoutExpandingThem() throws IOException {
        long start = System.nanoTime();
        assertFailsAndIsKept(SampleDocuments.billionLaughsDocx(), ExtractionFailure.XML_ENTITIES);
        assertQuick(start);
        assertTheServerKeepsServing();
    }

    @Test
    void theQuadraticBlowUpIsRefusedForItsEntitiesWithoutExpandingThem() throws IOException {
        long start = System.nanoTime();
        assertFailsAndIsKept(SampleDocuments.quadraticBlowupDocx(), ExtractionFailure.XML_ENTITIES);
        assertQuick(start);
        assertTheServerKeepsServing();
    }

    @Test
    void aScanWithoutATextLayerIsExtractedAsHavingNone() throws IOException {
        Extraction extraction = extract(SampleDocuments.imageOnlyPdf());

        assertTrue(extraction.succeeded(), String.valueOf(extraction.failure()));
        assertTrue(extraction.noTextLayer(), "a scan has no text layer: it needs text or recognition");
        assertFalse(extract(SampleDocuments.pdf(CONCEPT)).noTextLayer());
    }

    /** The portal takes the text of a PDF whose owner forbids copying: it is the school's own upload, for search. */
    @Test
    void theTextOfAPdfItsOwnerKeepsFromCopyingIsTaken() throws IOException {
        Extraction extraction = extract(SampleDocuments.ownerRestrictedPdf(CONCEPT));

        assertTrue(extraction.succeeded(), String.valueOf(extraction.failure()));
        assertTrue(oneLine(extraction.text()).contains(CONCEPT.get(0)), extraction.text());
    }

    @Test
    void aDocWithNothingWordCanReadIsDamaged() throws IOException {
        assertFailsAndIsKept(SampleDocuments.docWithGarbage(), ExtractionFailure.DAMAGED);
    }

    @Test
    void aZipBombDressedAsDocxIsCaughtWithoutUnpackingIt() throws IOException {
        byte[] bomb = SampleDocuments.zipBombDocx(300);
        assertTrue(bomb.length < 1024 * 1024, "300 MB packed into " + bomb.length + " bytes");

        long start = System.nanoTime();
        assertFailsAndIsKept(bomb, ExtractionFailure.ZIP_BOMB);
        assertQuick(start);
        assertTheServerKeepsServing();
    }

    @Test
    void aZipBombWhoseDirectoryLiesIsCaughtWhileUnpacking() throws IOException {
        byte[] bomb = SampleDocuments.zipBombDocxWithForgedSizes(300);

        long start = System.nanoTime();
        assertFailsAndIsKept(bomb, ExtractionFailure.ZIP_BOMB);
        assertQuick(start);
        assertTheServerKeepsServing();
    }

    @Test
    void anExternalEntityInADocxDoesNotReadTheServersFiles() throws IOException {
        Path secret = Files.writeString(folder.resolveSibling(folder.getFileName() + "-secret.txt"), "СЕКРЕТ-СЕРВЕРА-4217");
        try {
            Extraction extraction = extract(SampleDocuments.docxWithExternalEntity(secret));

            assertTrue(extraction.succeeded(), "the document's own text is read: " + extraction.failure());
            assertEquals("До сущности: после сущности.", oneLine(extraction.text()));
            assertFalse(extraction.text().contains("СЕКРЕТ"));
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void aDocumentOverTheTimeLimitIsCancelled() throws IOException {
        StoredFile docx = stored(SampleDocuments.docx(RussianText.paragraphs(10, 300_000)));

        Extraction extraction = EngineFixtures.extractor(new ExtractionLimits(2_000_000, Duration.ofMillis(1)))
                .extract(store.path(docx.sha256()), docx.mediaType());

        assertEquals(Extraction.failed(ExtractionFailure.TOO_LONG_TIME), extraction);
        assertTrue(store.exists(docx.sha256()));
    }

    @Test
    void aParserThatHangsIsAbandonedAtTheTimeLimitAndInterrupted() throws Exception {
        StoredFile text = stored(SampleDocuments.text(CONCEPT));
        StuckParser stuck = new StuckParser();
        ExecutorService workers = Executors.newCachedThreadPool();
        try {
            TextExtractor extractor = new TextExtractor(new ExtractionLimits(1_000, Duration.ofMillis(300)), workers, stuck);

            long start = System.nanoTime();
            Extraction extraction = extractor.extract(store.path(text.sha256()), text.mediaType());

            assertEquals(ExtractionFailure.TOO_LONG_TIME, extraction.failure());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "the caller waited the limit, not the parser");
            assertTrue(stuck.interrupted.await(5, TimeUnit.SECONDS), "the worker was interrupted");
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aTypeThatIsNotADocumentIsUnsupported() throws IOException {
        StoredFile text = stored(SampleDocuments.text(CONCEPT));

        assertEquals(Extraction.failed(ExtractionFailure.UNSUPPORTED),
                EngineFixtures.extractor().extract(store.path(text.sha256()), "application/zip"));
    }

    @Test
    void everyFailureIsExplainedInRussianAndEnglish() {
        for (ExtractionFailure failure : ExtractionFailure.values()) {
            assertTrue(Texts.get(Texts.RUSSIAN, failure.messageKey()).startsWith("Текст не извлечён: "), failure.name());
            assertTrue(Texts.get(Locale.ENGLISH, failure.messageKey()).startsWith("No text: "), failure.name());
        }
        assertEquals("Текст документа длиннее 2 000 000 символов: для поиска и сравнения версий сохранены первые 2 000 000.",
                Texts.get(Texts.RUSSIAN, "documents.extraction.truncated", 2_000_000).replace('\u00a0', ' '));
    }

    private Extraction extract(byte[] content) throws IOException {
        StoredFile file = stored(content);
        return EngineFixtures.extractor().extract(store.path(file.sha256()), file.mediaType());
    }

    private StoredFile stored(byte[] content) throws IOException {
        return store.store(new ByteArrayInputStream(content), 50L * 1024 * 1024);
    }

    /** The failure, and the uploaded file still there, byte for byte, and nothing else. */
    private void assertFailsAndIsKept(byte[] content, ExtractionFailure expected) throws IOException {
        Extraction extraction = extract(content);

        assertEquals(Extraction.failed(expected), extraction);
        assertEquals(List.of(addressOf(content)), filesIn(folder));
        try (InputStream in = store.open(EngineFixtures.sha256(content))) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    private static void assertQuick(long start) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 5_000, "caught in " + millis + " ms, not after unpacking");
    }

    private void assertTheServerKeepsServing() throws IOException {
        Extraction next = extract(SampleDocuments.docx(List.of("Следующий документ читается как обычно.")));
        assertEquals(Extraction.of("Следующий документ читается как обычно."), next);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** A parser stuck in a loop that reports nothing (what a pathological file can do to a real one). */
    private static final class StuckParser implements Parser {
        final CountDownLatch interrupted = new CountDownLatch(1);

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.TEXT_PLAIN);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        }
    }
}
