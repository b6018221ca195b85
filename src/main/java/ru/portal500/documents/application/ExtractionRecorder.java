package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.documents.domain.ExtractionState;
import ru.portal500.documents.extraction.Extraction;
import ru.portal500.documents.infrastructure.ExtractionWork;
import ru.portal500.shared.domain.ChangeStamp;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The extraction's reads and writes, each its own short transaction (the parse runs between them). */
@ApplicationScoped
public class ExtractionRecorder {

    /** Who the history names for the system's own work. */
    static final String SYSTEM = "portal";

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

    @Transactional
    public Optional<PendingFile> file(long versionId) {
        return work.version(versionId).filter(v -> v.getExtraction() == ExtractionState.PENDING)
                .map(v -> new PendingFile(v.getSha256(), v.getMediaType()));
    }

    @Transactional
    public void record(long versionId, Extraction result) {
        work.version(versionId).filter(v -> v.getExtraction() == ExtractionState.PENDING).ifPresent(version -> {
            if (result.succeeded()) {
                version.textExtracted(result.text(), result.truncated());
            } else {
                version.extractionFailed(result.failureReason().orElseThrow().messageKey());
            }
            version.getDocument().extracted(version, new ChangeStamp(SYSTEM, "Портал 500+", clock.instant()));
            extracted.fire(new TextExtracted(version.getDocument().getId()));
        });
    }
}
