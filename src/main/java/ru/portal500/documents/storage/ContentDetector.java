package ru.portal500.documents.storage;

import ru.portal500.documents.domain.AcceptedFormat;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The type of a file from its bytes alone (Tika's default detector: magic numbers, then the inside of
 * Office and OpenDocument containers; and Russian plain text in Windows-1251, which Tika does not know).
 * The file's name is never consulted, so a program renamed to {@code .pdf} is still a program.
 * Thread-safe.
 */
public final class ContentDetector {

    private static final String OCTET_STREAM = "application/octet-stream";

    private final Detector detector;

    /** Tika's default detector (the first one costs about a second of class loading). */
    public ContentDetector() {
        this(TikaConfig.getDefaultConfig().getDetector());
    }

    ContentDetector(Detector detector) {
        this.detector = detector;
    }

    /** The media type of the file's content, without parameters ({@code application/octet-stream} if unknown). */
    public String detect(Path file) throws IOException {
        String type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = detector.detect(in, new Metadata()).getBaseType().toString();
        }
        return OCTET_STREAM.equals(type) && Cp1251Text.looksLike(file) ? AcceptedFormat.TEXT.mediaType() : type;
    }
}
