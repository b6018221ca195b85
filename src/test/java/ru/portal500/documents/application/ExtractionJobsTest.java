package ru.portal500.documents.application;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import ru.portal500.documents.extraction.DocumentTextExtraction;
import ru.portal500.documents.extraction.Extraction;
import ru.portal500.documents.extraction.ExtractionFailure;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The background extraction never leaves a version pending because its outcome could not be written. */
class ExtractionJobsTest {

    @Test
    void anOutcomeThatCannotBeWrittenEndsAsAFailureInsteadOfStayingPending() {
        List<String> calls = new ArrayList<>();
        ExtractionJobs jobs = new ExtractionJobs();
        jobs.recorder = new ExtractionRecorder() {
            @Override
            public Optional<PendingFile> file(long versionId) {
                calls.add("file " + versionId);
                return Optional.of(new PendingFile("a".repeat(64), "application/pdf"));
            }

            @Override
            public void record(long versionId, Extraction result) {
                calls.add("record " + result.failure());
                throw new PersistenceException("Data too long for column 'kind' at row 1");
            }

            @Override
            public void giveUp(long versionId) {
                calls.add("give up " + versionId);
            }
        };
        jobs.extraction = new DocumentTextExtraction() {
            @Override
            public Extraction extract(String sha256, String mediaType) {
                return Extraction.failed(ExtractionFailure.ENCRYPTED);
            }
        };

        jobs.run(7);

        assertEquals(List.of("file 7", "record ENCRYPTED", "give up 7"), calls);
    }

    @Test
    void aNumberTakenByAConcurrentUploadIsRecognisedThroughTheWrappers() {
        assertTrue(DocumentUploads.collided(new PersistenceException("Exception [EclipseLink-4002]",
                new SQLIntegrityConstraintViolationException("Duplicate entry '12-7-EVIDENCE#2' for key 'uq_document_slot'"))));
        assertTrue(DocumentUploads.collided(new jakarta.persistence.OptimisticLockException("changed meanwhile")));
        assertFalse(DocumentUploads.collided(new IllegalStateException("disk full")));
    }
}
