package ru.portal500.documents.extraction;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.documents.storage.StoredFile;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The portal's {@link TextExtractor} over the {@link DocumentStorage}, with the limits
 * {@code portal.documents.extraction.max-chars} (default 2,000,000) and
 * {@code portal.documents.extraction.time-limit-seconds} (default 60). Parses run on the container's
 * managed threads. Call it from a background job after the upload has committed, never on a request.
 */
@ApplicationScoped
public class DocumentTextExtraction {

    @Inject
    DocumentStorage storage;

    @Inject
    @ConfigProperty(name = "portal.documents.extraction.max-chars", defaultValue = "2000000")
    int maxChars;

    @Inject
    @ConfigProperty(name = "portal.documents.extraction.time-limit-seconds", defaultValue = "60")
    int timeLimitSeconds;

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService workers;
    private TextExtractor extractor;

    @PostConstruct
    void start() {
        workers = Executors.newCachedThreadPool(threads);
        extractor = new TextExtractor(new ExtractionLimits(maxChars, Duration.ofSeconds(timeLimitSeconds)), workers);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * The text of a stored file, or why there is none; see {@link TextExtractor#extract}.
     *
     * @throws CancellationException the calling thread was interrupted (the server is stopping): leave the
     *                               work pending and do it again after the restart
     */
    public Extraction extract(StoredFile file) {
        return extract(file.sha256(), file.mediaType());
    }

    /** The same, from the address and type recorded with a version. */
    public Extraction extract(String sha256, String mediaType) {
        return extractor.extract(storage.path(sha256), mediaType);
    }

    /** The character limit (for the page to say where a truncated text was cut). */
    public int maxChars() {
        return maxChars;
    }
}
