package ru.portal500.documents.storage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.portal500.platform.config.PortalSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The portal's one {@link FileStore}, in {@code portal.storage.dir}, with the size limit
 * {@code portal.documents.max-bytes} (default 50 MB). Store an upload before the transaction that records
 * it: a stored file without a row is harmless (the next upload of the same bytes finds it), a row without
 * its file cannot happen.
 */
@ApplicationScoped
public class DocumentStorage {

    /** 50 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(DocumentStorage.class.getName());
    private static final Duration ABANDONED = Duration.ofDays(1);

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "portal.documents.max-bytes", defaultValue = "52428800")
    long maxBytes;

    private FileStore store;

    @PostConstruct
    void open() {
        try {
            store = new FileStore(settings.storageDir(), new ContentDetector());
            int removed = store.removeAbandonedUploads(ABANDONED);
            if (removed > 0) {
                LOG.info(() -> "Removed " + removed + " abandoned incoming uploads from " + settings.storageDir());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the document store " + settings.storageDir(), e);
        }
    }

    /**
     * Stores an upload within the configured limit; see {@link FileStore#store}.
     *
     * @throws UploadRefusedException empty, too large, or not a document (nothing stored)
     * @throws IOException            the upload broke off or the disk failed (nothing stored)
     */
    public StoredFile store(InputStream upload) throws IOException {
        return store.store(upload, maxBytes);
    }

    /** The largest upload accepted, in bytes (for the page to check before sending, and to say so). */
    public long maxBytes() {
        return maxBytes;
    }

    /** @see FileStore#open */
    public InputStream open(String sha256) throws IOException {
        return store.open(sha256);
    }

    /**
     * The {@code Content-Type} to serve a stored file with: a text file with its charset ({@link TextCharset}), any
     * other with its type. Every download of a stored file goes through here.
     */
    public String contentType(String sha256, String mediaType) {
        try {
            return TextCharset.contentType(mediaType, store.path(sha256));
        } catch (IOException e) {
            return mediaType;
        }
    }

    /** @see FileStore#path */
    public Path path(String sha256) {
        return store.path(sha256);
    }

    /** @see FileStore#removeUnreferenced */
    public int removeUnreferenced(java.util.function.Predicate<String> referenced, java.time.Instant before)
            throws IOException {
        return store.removeUnreferenced(referenced, before);
    }

    /** @see FileStore#exists */
    public boolean exists(String sha256) {
        return store.exists(sha256);
    }
}
