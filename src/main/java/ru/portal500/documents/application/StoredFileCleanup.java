package ru.portal500.documents.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import ru.portal500.documents.infrastructure.StoredFileReferences;
import ru.portal500.documents.storage.DocumentStorage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, once the schema is migrated: stored files that nothing in the database refers to are deleted —
 * what uploads left whose record never committed (the server was killed between storing the file and
 * recording its version, or the record was refused). The grace period ends when this server started: a file
 * placed (or found again by an upload, which renews its time) before that belongs to no upload in progress,
 * as the uploads of the stopped server ended with it; a younger one may belong to an upload being recorded.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class StoredFileCleanup {

    private static final Logger LOG = Logger.getLogger(StoredFileCleanup.class.getName());

    @Inject
    DocumentStorage storage;

    @Inject
    StoredFileReferences references;

    @PostConstruct
    void cleanUp() {
        try {
            Set<String> referenced = references.all();
            Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
            int removed = storage.removeUnreferenced(referenced::contains, started);
            if (removed > 0) {
                LOG.info(() -> "Removed " + removed + " stored files that no version, practice or conclusion refers to");
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Stored files were not cleaned up; they stay until the next start", e);
        }
    }
}
