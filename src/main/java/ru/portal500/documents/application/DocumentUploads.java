package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.documents.storage.UploadNames;
import ru.portal500.documents.storage.StoredFile;
import ru.portal500.shared.domain.ConcurrentChangeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.logging.Logger;

/**
 * A school's team uploads a version of a document, in three steps: the name and the caller's right to upload
 * there are checked (a short transaction; nothing is read of the file before); the file is stored (once, by
 * content, never half-written); the version is recorded in one transaction, and its text is extracted after
 * the commit. The slot names what the upload is for: an owed document ("CONCEPT", "ANTIRISK_PROGRAMME:3"…)
 * or, for a new optional document, its type's code ("EVIDENCE"); an existing document takes the next version.
 *
 * <p>Uploads at the same moment (a multi-file upload into an optional slot, two windows) may reach for the
 * same document number or version number. Within this server the records of one school's campaign (or of one
 * document) are written one at a time (the files themselves are received and stored in parallel); should they
 * still meet (another server, or one upload naming the school by code and the other by id), the database's
 * unique keys let one of them in, and the others record again in a new transaction with the numbers as they
 * are then — the file is stored already, so this is quick.
 * Each upload gets its version, or, if it loses {@value #RECORD_ATTEMPTS} times, a refusal in words. A file
 * whose record never commits is left to the clean-up at start-up ({@code StoredFileCleanup}).
 */
@ApplicationScoped
public class DocumentUploads {

    /** How many times the version is recorded at most when concurrent uploads take its numbers first. */
    static final int RECORD_ATTEMPTS = 50;

    private static final Logger LOG = Logger.getLogger(DocumentUploads.class.getName());

    /** Records of one school's campaign or document, one at a time within this server (64 stripes). */
    private final java.util.concurrent.locks.ReentrantLock[] recordingLocks = java.util.stream.Stream
            .generate(java.util.concurrent.locks.ReentrantLock::new).limit(64)
            .toArray(java.util.concurrent.locks.ReentrantLock[]::new);

    @Inject
    VersionRecording recording;

    @Inject
    DocumentStorage storage;

    /** A version was recorded; its text waits for extraction (observed after the commit). */
    public record VersionUploaded(long versionId) {
    }

    public DocumentVersion upload(String regionCode, int year, String municipalityCode, String schoolCode, String slot,
                                  String fileName, InputStream content) {
        return upload(VersionRecording.Destination.slot(regionCode, year, municipalityCode, schoolCode, slot),
                fileName, content);
    }

    public DocumentVersion upload(Long schoolId, Integer year, String slot, String fileName, InputStream content) {
        return upload(VersionRecording.Destination.slot(schoolId, year, slot), fileName, content);
    }

    /** A new version of an existing document (its page). */
    public DocumentVersion upload(long documentId, String fileName, InputStream content) {
        return upload(VersionRecording.Destination.document(documentId), fileName, content);
    }

    private DocumentVersion upload(VersionRecording.Destination to, String fileName, InputStream content) {
        String name = UploadNames.of(fileName);
        recording.check(to);
        StoredFile stored;
        try {
            stored = storage.store(content);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        }
        java.util.concurrent.locks.ReentrantLock lock = recordingLocks[Math.floorMod(to.lockKey().hashCode(),
                recordingLocks.length)];
        for (int attempt = 1; ; attempt++) {
            lock.lock();
            try {
                return recording.record(to, name, stored);
            } catch (RuntimeException e) {
                if (!collided(e)) {
                    throw e;
                }
                if (attempt == RECORD_ATTEMPTS) {
                    throw new ConcurrentChangeException("documents.error.busy");
                }
                int tried = attempt;
                LOG.fine(() -> "Upload of " + name + " met a concurrent one (attempt " + tried + "); recording again");
            } finally {
                lock.unlock();
            }
        }
    }

    /** A unique key taken by a concurrent upload, a version of the document changed meanwhile, or a deadlock. */
    static boolean collided(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof SQLIntegrityConstraintViolationException || t instanceof SQLTransactionRollbackException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException
                    || message.contains("Duplicate entry") || message.contains("Deadlock found")) {
                return true;
            }
        }
        return false;
    }
}
