package ru.portal500.similarity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** At start-up, once the schema is migrated: the near-copy index is restored from the stored signatures. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class SimilarityStartup {

    private static final Logger LOG = Logger.getLogger(SimilarityStartup.class.getName());

    @Inject
    NearCopyIndexing indexing;

    @PostConstruct
    void restore() {
        try {
            int restored = indexing.restore();
            LOG.info(() -> "Near-copy index restored: " + restored + " signatures");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The near-copy index could not be restored; a rebuild will", e);
        }
    }
}
