package ru.portal500.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import ru.portal500.search.engine.SearchEngine;

import java.util.logging.Logger;

/** At start-up, once the schema is migrated: a missing or corrupt index is rebuilt from the database. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class SearchStartup {

    private static final Logger LOG = Logger.getLogger(SearchStartup.class.getName());

    @Inject
    SearchEngine engine;

    @Inject
    SearchIndexing indexing;

    @PostConstruct
    void rebuildIfNeeded() {
        if (engine.index().rebuildNeeded()) {
            LOG.info(() -> "The search index needs a rebuild (" + engine.index().openProblem().orElse("new") + ")");
            indexing.rebuild();
        }
    }
}
