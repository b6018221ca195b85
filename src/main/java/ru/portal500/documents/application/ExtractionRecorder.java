package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.documents.domain.ExtractionState;
import ru.portal500.documents.extraction.Extraction;
import ru.portal500.documents.extraction.ExtractionFailure;
import ru.portal500.documents.infrastructure.ExtractionWork;
import ru.portal500.documents.domain.DocumentEvent;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The extraction's reads and writes, each its own short transaction (the parse runs between them). */
@ApplicationScoped
public class ExtractionRecorder {

    /** Who the history names for the system's own work. */
    static final String SYSTEM = DocumentEvent.PORTAL;

    /**
     * How many times a version's extraction is started at most: a file that stops the server while it is parsed,
     * or an outcome that cannot be written, is not tried for ever (each start-up takes pending versions up again).
     */
    public static final int MAX_ATTEMPTS = 3;

    @Inject
    ExtractionWork work;

    @Inject
    Event<TextExtracted> extracted;

    /** A version's text is on record (observed after the commit: the search index takes it). */
    public record TextExtracted(long documentId) {
    }

    Clock clock = Clock.systemUTC();

    /** The stored file of a version still pending. */
    public record PendingFile(String sha256, String mediaType) {
    }

    @Transactional
    public List<Long> pending() {
        return work.pending(10_000);
    }

    /**
     * The stored file of a version still pending, its attempt counted; empty when it is not pending, or when it
     * has had {@link #MAX_ATTEMPTS} attempts already (then the failure {@link ExtractionFailure#GAVE_UP} is
     * recorded instead).
     */
    @Transactional
    public Optional<PendingFile> file(long versionId) {
        Optional<DocumentVersion> pending = work.version(versionId).filter(v -> v.getExtraction() == ExtractionState.PENDING);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        DocumentVersion version = pending.get();
        if (!version.attemptExtraction(MAX_ATTEMPTS)) {
            failed(version, ExtractionFailure.GAVE_UP);
            return Optional.empty();
        }
        return Optional.of(new PendingFile(version.getSha256(), version.getMediaType()));
    }

    /**
     * The outcome of an extraction could not be written: {@link ExtractionFailure#GAVE_UP} is recorded in a
     * transaction of its own, so that the version does not stay pending (if even this fails, the attempts are
     * counted and the next start-up ends it).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void giveUp(long versionId) {
        work.version(versionId).filter(v -> v.getExtraction() == ExtractionState.PENDING)
                .ifPresent(version -> failed(version, ExtractionFailure.GAVE_UP));
    }

    private void failed(DocumentVersion version, ExtractionFailure failure) {
        version.extractionFailed(failure.messageKey());
        version.getDocument().extracted(version, new ChangeStamp(SYSTEM, Texts.get(Texts.RUSSIAN, "app.title"), clock.instant()));
        extracted.fire(new TextExtracted(version.getDocument().getId()));
    }

    @Transactional
    public void record(long versionId, Extraction result) {
        work.version(versionId).filter(v -> v.getExtraction() == ExtractionState.PENDING).ifPresent(version -> {
            if (result.succeeded()) {
                version.textExtracted(result.text(), result.truncated());
            } else {
                version.extractionFailed(result.failureReason().orElseThrow().messageKey());
            }
            version.getDocument().extracted(version, new ChangeStamp(SYSTEM, Texts.get(Texts.RUSSIAN, "app.title"), clock.instant()));
            extracted.fire(new TextExtracted(version.getDocument().getId()));
        });
    }
}
