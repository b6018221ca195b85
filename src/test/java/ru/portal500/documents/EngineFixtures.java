package ru.portal500.documents;

import ru.portal500.documents.extraction.ExtractionLimits;
import ru.portal500.documents.extraction.TextExtractor;
import ru.portal500.documents.storage.ContentDetector;
import ru.portal500.documents.storage.FileStore;
import ru.portal500.shared.domain.BusinessException;
import ru.portal500.shared.i18n.Texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/** The engine as the tests use it: Tika is loaded once per test run (it takes seconds), stores are per test. */
public final class EngineFixtures {

    private static ContentDetector detector;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "extraction-test");
        thread.setDaemon(true);
        return thread;
    });
    private static TextExtractor extractor;

    private EngineFixtures() {
    }

    public static synchronized ContentDetector detector() {
        if (detector == null) {
            detector = new ContentDetector();
        }
        return detector;
    }

    public static FileStore store(Path folder) {
        try {
            return new FileStore(folder, detector());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extractor with the default limits. */
    public static synchronized TextExtractor extractor() {
        if (extractor == null) {
            extractor = new TextExtractor(ExtractionLimits.DEFAULT, WORKERS);
        }
        return extractor;
    }

    public static TextExtractor extractor(ExtractionLimits limits) {
        return new TextExtractor(limits, WORKERS);
    }

    /** Every regular file below {@code folder}, as relative paths with {@code /}, sorted. */
    public static List<String> filesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a file of these bytes lies in a store: {@code ab/cd/abcd…}. */
    public static String addressOf(byte[] content) {
        String sha = sha256(content);
        return sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message a person sees for this refusal, in Russian. */
    public static String russian(BusinessException refusal) {
        return Texts.get(Texts.RUSSIAN, refusal.messageKey(), refusal.arguments());
    }
}
