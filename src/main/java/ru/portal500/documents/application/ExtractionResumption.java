package ru.portal500.documents.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** At start-up, once the schema is migrated: the extractions a stop interrupted are taken up again. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class ExtractionResumption {

    private static final Logger LOG = Logger.getLogger(ExtractionResumption.class.getName());

    @Inject
    ExtractionJobs jobs;

    @PostConstruct
    void resume() {
        int pending = jobs.resumePending();
        if (pending > 0) {
            LOG.info(() -> pending + " document versions were waiting for text extraction; taken up again");
        }
    }
}
