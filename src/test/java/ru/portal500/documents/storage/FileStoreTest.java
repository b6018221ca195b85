package ru.portal500.documents.storage;

import ru.portal500.documents.domain.AcceptedFormat;
import ru.portal500.documents.domain.ActiveContent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.portal500.documents.RussianText;
import ru.portal500.documents.SampleDocuments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.portal500.documents.EngineFixtures.addressOf;
import static ru.portal500.documents.EngineFixtures.filesIn;
import static ru.portal500.documents.EngineFixtures.russian;
import static ru.portal500.documents.EngineFixtures.sha256;

/** Uploads kept once by content, whole or not at all, and only when their content is a document. */
class FileStoreTest {

    private static final long LIMIT = 1024 * 1024;
    private static final List<String> CONCEPT = RussianText.paragraphs(5, 3_000);

    @TempDir
    Path folder;
    private FileStore store;

    @BeforeEach
    void open() {
        store = ru.portal500.documents.EngineFixtures.store(folder);
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("DOCX", SampleDocuments.docx(CONCEPT), AcceptedFormat.DOCX),
                Arguments.of("XLSX", SampleDocuments.xlsx(CONCEPT), AcceptedFormat.XLSX),
                Arguments.of("PPTX", SampleDocuments.pptx(CONCEPT), AcceptedFormat.PPTX),
                Arguments.of("PDF", SampleDocuments.pdf(CONCEPT), AcceptedFormat.PDF),
                Arguments.of("encrypted PDF", SampleDocuments.encryptedPdf(CONCEPT), AcceptedFormat.PDF),
                Arguments.of("ODT", SampleDocuments.odt(CONCEPT), AcceptedFormat.ODT),
                Arguments.of("RTF", SampleDocuments.rtf(CONCEPT), AcceptedFormat.RTF),
                Arguments.of("DOC", SampleDocuments.docWithGarbage(), AcceptedFormat.DOC),
                Arguments.of("encrypted DOCX", SampleDocuments.encryptedDocx(CONCEPT), AcceptedFormat.ENCRYPTED_OFFICE),
                Arguments.of("text in UTF-8", SampleDocuments.text(CONCEPT), AcceptedFormat.TEXT),
                Arguments.of("text in Windows-1251", String.join("\r\n", CONCEPT).getBytes(Charset.forName("windows-1251")),
                        AcceptedFormat.TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aDocumentIsStoredUnderTheSha256OfItsContent(String kind, byte[] content, AcceptedFormat format) throws IOException {
        StoredFile stored = store.store(new ByteArrayInputStream(content), LIMIT);

        assertEquals(new StoredFile(sha256(content), content.length, format.mediaType(), stored.activeContent()), stored);
        assertEquals(java.util.Optional.of(format), stored.format());
        assertEquals(List.of(addressOf(content)), filesIn(folder), "the file at its address and nothing else");
        assertTrue(store.exists(stored.sha256()));
        try (InputStream in = store.open(stored.sha256())) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void aPdfThatRunsAScriptOrCarriesAProgramIsStoredAndFlagged() throws IOException {
        assertEquals(java.util.Set.of(ActiveContent.JAVASCRIPT), stored(SampleDocuments.pdfWithJavaScript(CONCEPT)).activeContent());
        assertEquals(java.util.Set.of(ActiveContent.EMBEDDED_FILE),
                stored(SampleDocuments.pdfWithEmbeddedExecutable(CONCEPT)).activeContent());
        assertEquals(java.util.Set.of(ActiveContent.LAUNCH_ACTION),
                stored(SampleDocuments.pdfWithLaunchAction(CONCEPT)).activeContent());
        assertEquals(java.util.Set.of(), stored(SampleDocuments.pdf(CONCEPT)).activeContent());
        assertEquals(java.util.Set.of(), stored(SampleDocuments.ownerRestrictedPdf(CONCEPT)).activeContent(),
                "a PDF its owner keeps from copying opens without a password: it is looked into");
        assertEquals(java.util.Set.of(ActiveContent.NOT_INSPECTED), stored(SampleDocuments.encryptedPdf(CONCEPT)).activeContent());
        assertEquals(java.util.Set.of(), stored(SampleDocuments.docx(CONCEPT)).activeContent());
        assertEquals(7, filesIn(folder).size(), "each stored");
    }

    @Test
    void aPdfWithAZipArchiveAppendedIsRefusedInWordsAndNothingIsStored() {
        UploadRefusedException refusal = refused(SampleDocuments.pdfWithZipAppended(CONCEPT));

        assertEquals("documents.error.notAccepted.polyglot", refusal.messageKey());
        assertTrue(russian(refusal).startsWith("Файл — одновременно PDF и ZIP-архив"), russian(refusal));
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void aDocxLockedByAnArchiversPasswordIsRefusedAsProtectedNotAsAnArchive() {
        UploadRefusedException refusal = refused(SampleDocuments.docxInPasswordZip(CONCEPT));

        assertEquals("documents.error.notAccepted.passwordZip", refusal.messageKey());
        assertTrue(russian(refusal).startsWith("Файл защищён паролем архиватора"), russian(refusal));
        assertEquals("documents.error.notAccepted.archive", refused(SampleDocuments.plainZip()).messageKey(),
                "an ordinary archive is still refused as one");
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void filesThatNothingReferencesAreRemovedOnceOlderThanTheGracePeriod() throws IOException {
        StoredFile referenced = stored(SampleDocuments.docx(List.of("На этот файл ссылается версия.")));
        StoredFile orphan = stored(SampleDocuments.docx(List.of("Запись версии так и не завершилась.")));
        StoredFile young = stored(SampleDocuments.docx(List.of("Запись версии ещё идёт.")));
        Instant old = Instant.parse("2026-01-01T00:00:00Z");
        Files.setLastModifiedTime(store.path(referenced.sha256()), FileTime.from(old));
        Files.setLastModifiedTime(store.path(orphan.sha256()), FileTime.from(old));
        Files.writeString(folder.resolve("incoming").resolve("upload-1.part"), "идёт загрузка");

        int removed = store.removeUnreferenced(referenced.sha256()::equals, Instant.now().minus(Duration.ofHours(1)));

        assertEquals(1, removed);
        assertFalse(store.exists(orphan.sha256()), "old and referenced by nothing: removed");
        assertTrue(store.exists(referenced.sha256()), "referenced: kept, however old");
        assertTrue(store.exists(young.sha256()), "younger than the grace period: its upload may still be recording it");
        assertTrue(Files.exists(folder.resolve("incoming").resolve("upload-1.part")), "incoming files are not its part");
    }

    @Test
    void anUploadThatFindsItsBytesStoredRenewsTheirTimeSoThatTheCleanUpLeavesThem() throws IOException {
        byte[] docx = SampleDocuments.docx(List.of("Файл, загруженный дважды."));
        StoredFile first = stored(docx);
        Files.setLastModifiedTime(store.path(first.sha256()), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Instant before = Instant.now().minusSeconds(1);

        stored(docx);

        assertEquals(0, store.removeUnreferenced(sha -> false, before));
        assertTrue(store.exists(first.sha256()));
    }

    private StoredFile stored(byte[] content) throws IOException {
        return store.store(new ByteArrayInputStream(content), 50L * 1024 * 1024);
    }

    @Test
    void theSameContentUploadedAgainChangesNothingOnDisk() throws IOException {
        byte[] docx = SampleDocuments.docx(CONCEPT);
        StoredFile first = store.store(new ByteArrayInputStream(docx), LIMIT);
        Path file = store.path(first.sha256());
        Object inode = Files.readAttributes(file, "unix:ino").get("ino");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

        StoredFile second = store.store(new ByteArrayInputStream(docx), LIMIT);

        assertEquals(first, second);
        assertEquals(inode, Files.readAttributes(file, "unix:ino").get("ino"), "the stored file was not replaced");
        assertTrue(Files.getLastModifiedTime(file).toInstant().isAfter(Instant.parse("2026-01-01T00:00:00Z")),
                "only its time is renewed (see the clean-up)");
        assertEquals(List.of(addressOf(docx)), filesIn(folder));
    }

    @Test
    void twoUploadsOfTheSameFileAtOnceBothSucceedAndLeaveOneFile() throws Exception {
        ExecutorService uploads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                byte[] docx = SampleDocuments.docx(RussianText.paragraphs(round, 2_000));
                // Both uploads are fully received before either is checked and moved into place.
                CyclicBarrier bothReceived = new CyclicBarrier(2);
                Future<StoredFile> one = uploads.submit(() -> store.store(new MeetingAtTheEnd(docx, bothReceived), LIMIT));
                Future<StoredFile> two = uploads.submit(() -> store.store(new MeetingAtTheEnd(docx, bothReceived), LIMIT));

                assertEquals(one.get(), two.get());
                assertTrue(filesIn(folder).contains(addressOf(docx)));
                assertArrayEquals(docx, Files.readAllBytes(store.path(one.get().sha256())));
            }
            assertEquals(10, filesIn(folder).size(), "one file per document, no incoming leftovers");
        } finally {
            uploads.shutdownNow();
        }
    }

    @Test
    void anEmptyFileIsRefused() {
        UploadRefusedException refusal = assertThrows(UploadRefusedException.class,
                () -> store.store(new ByteArrayInputStream(new byte[0]), LIMIT));

        assertEquals(UploadRefusedException.Reason.EMPTY, refusal.reason());
        assertEquals("Файл пустой (0 байт). Загрузите документ с содержимым.", russian(refusal));
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItToTheEnd() {
        EndlessUpload endless = new EndlessUpload();
        UploadRefusedException refusal = assertThrows(UploadRefusedException.class, () -> store.store(endless, LIMIT));

        assertEquals(UploadRefusedException.Reason.TOO_LARGE, refusal.reason());
        assertEquals("Файл слишком большой: допускается не более 1 МБ.", russian(refusal));
        assertTrue(endless.served <= LIMIT + 64 * 1024, "stopped just past the limit, read " + endless.served);
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void theLimitIsSaidInMegabytes() {
        assertEquals("Файл слишком большой: допускается не более 50 МБ.",
                russian(UploadRefusedException.tooLarge(DocumentStorage.DEFAULT_MAX_BYTES)));
        assertEquals("Файл слишком большой: допускается не более 0,5 МБ.",
                russian(UploadRefusedException.tooLarge(512 * 1024)));
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() throws IOException {
        byte[] plan = "План работы школы.\n".repeat(30_000).getBytes(StandardCharsets.UTF_8);
        byte[] text = java.util.Arrays.copyOf(plan, (int) LIMIT);
        java.util.Arrays.fill(text, plan.length, text.length, (byte) '.');
        assertEquals(LIMIT, text.length);

        assertEquals(LIMIT, store.store(new ByteArrayInputStream(text), LIMIT).size());
    }

    @Test
    void aLinuxProgramRenamedToPdfIsRefusedForWhatItIs() {
        UploadRefusedException refusal = refused(SampleDocuments.elfExecutable());

        assertEquals("documents.error.notAccepted.executable", refusal.messageKey());
        assertEquals("Содержимое файла — исполняемая программа, а не документ. "
                + "Принимаются DOCX, DOC, PDF, ODT, RTF, XLSX, PPTX и простой текст; имя файла роли не играет.",
                russian(refusal));
    }

    @Test
    void aWindowsProgramRenamedToDocxIsRefusedForWhatItIs() {
        UploadRefusedException refusal = refused(SampleDocuments.windowsExecutable());

        assertEquals("documents.error.notAccepted.executable", refusal.messageKey());
        assertTrue(russian(refusal).startsWith("Содержимое файла — исполняемая программа, а не документ."), russian(refusal));
        assertFalse(russian(refusal).contains("application/"), "people read no MIME type: " + russian(refusal));
    }

    @Test
    void anArchiveAndAWebPageWithAScriptAreRefused() {
        assertTrue(russian(refused(SampleDocuments.plainZip())).startsWith("Содержимое файла — архив, а не документ."));
        assertTrue(russian(refused(SampleDocuments.htmlWithScript()))
                .startsWith("Содержимое файла — веб-страница или сценарий, а не документ."));
    }

    @Test
    void anUploadThatBreaksOffLeavesNothing() {
        byte[] docx = SampleDocuments.docx(RussianText.paragraphs(9, 200_000));
        InputStream breaking = new InputStream() {
            private final InputStream in = new ByteArrayInputStream(docx);
            private int served;

            @Override
            public int read() throws IOException {
                if (++served > docx.length / 2) {
                    throw new IOException("Connection reset by peer");
                }
                return in.read();
            }
        };

        IOException failure = assertThrows(IOException.class, () -> store.store(breaking, LIMIT));

        assertEquals("Connection reset by peer", failure.getMessage());
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void addressesAreCheckedBeforeTheDiskIsTouched() throws IOException {
        String unknown = "ab".repeat(32);
        assertFalse(store.exists(unknown));
        assertFalse(store.exists("../../etc/passwd"));
        assertFalse(store.exists(null));
        assertThrows(NoSuchFileException.class, () -> store.open(unknown));
        assertThrows(IllegalArgumentException.class, () -> store.path("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.open("AB".repeat(32)));
        assertEquals(folder.resolve("ab/ab/" + unknown), store.path(unknown));
    }

    @Test
    void uploadsAbandonedByACrashAreRemovedWhenOldEnough() throws IOException {
        Path old = Files.writeString(folder.resolve("incoming/upload-1.part"), "половина файла");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path running = Files.writeString(folder.resolve("incoming/upload-2.part"), "идёт загрузка");

        assertEquals(1, store.removeAbandonedUploads(Duration.ofDays(1)));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(running));
    }

    private UploadRefusedException refused(byte[] content) {
        UploadRefusedException refusal = assertThrows(UploadRefusedException.class,
                () -> store.store(new ByteArrayInputStream(content), LIMIT));
        assertEquals(UploadRefusedException.Reason.NOT_ACCEPTED, refusal.reason());
        assertEquals(List.of(), filesIn(folder), "nothing stored, no incoming leftovers");
        return refusal;
    }

    /** An upload that never ends, counting what it served. */
    private static final class EndlessUpload extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'я' & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            served += len;
            return len;
        }
    }

    /** The content, then a wait for the other upload to have all of its content too, then the end. */
    private static final class MeetingAtTheEnd extends InputStream {
        private final InputStream content;
        private final CyclicBarrier barrier;
        private boolean met;

        MeetingAtTheEnd(byte[] content, CyclicBarrier barrier) {
            this.content = new ByteArrayInputStream(content);
            this.barrier = barrier;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = content.read(b, off, len);
            if (n < 0 && !met) {
                met = true;
                try {
                    barrier.await();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
            return n;
        }
    }
}
