package ru.portal500.documents.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import ru.portal500.documents.extraction.DocumentTextExtraction;
import ru.portal500.documents.extraction.Extraction;

import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Extracts a version's text off the request thread, once its upload has committed; at start-up, the
 * versions left pending (the server stopped mid-way) are taken up again, {@link ExtractionRecorder#MAX_ATTEMPTS}
 * times at most. A failure is recorded on the version with its reason, and an outcome that cannot be recorded
 * ends as a failure too; the file is never touched.
 */
@ApplicationScoped
public class ExtractionJobs {

    private static final Logger LOG = Logger.getLogger(ExtractionJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    DocumentTextExtraction extraction;

    @Inject
    ExtractionRecorder recorder;

    void uploaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentUploads.VersionUploaded event) {
        schedule(event.versionId());
    }

    /** Queues one version's extraction. */
    public void schedule(long versionId) {
        executor.submit(() -> run(versionId));
    }

    /** Queues every pending version (after a restart); returns how many. */
    public int resumePending() {
        var pending = recorder.pending();
        pending.forEach(this::schedule);
        return pending.size();
    }

    void run(long versionId) {
        try {
            recorder.file(versionId).ifPresent(file -> {
                Extraction result = extraction.extract(file.sha256(), file.mediaType());
                recorder.record(versionId, result);
            });
        } catch (CancellationException stopping) {
            LOG.info(() -> "Extraction of version " + versionId + " left pending: the server is stopping");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The extraction of version " + versionId + " could not be recorded; recorded as given up", e);
            try {
                recorder.giveUp(versionId);
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "Version " + versionId + " stays pending: not even the failure could be recorded;"
                        + " the next start-up tries it again (" + ExtractionRecorder.MAX_ATTEMPTS + " attempts at most)", again);
            }
        }
    }
}
