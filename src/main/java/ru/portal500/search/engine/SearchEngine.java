package ru.portal500.search.engine;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.portal500.platform.config.PortalSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * The portal's one {@link SearchIndex}, in {@code portal.index.dir}, opened when the application starts
 * (checked, and recreated empty if missing or corrupt: then {@link SearchIndex#rebuildNeeded()}) and closed when
 * it stops. (Which synonyms a search uses is the caller's to say: {@link SearchRequest.Builder#synonyms}.)
 */
@ApplicationScoped
public class SearchEngine {

    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

    @Inject
    PortalSettings settings;

    private volatile SearchIndex index;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        index();
    }

    /** The index (opened on first use). */
    public SearchIndex index() {
        SearchIndex opened = index;
        if (opened == null) {
            synchronized (this) {
                if (index == null) {
                    try {
                        index = SearchIndex.open(settings.indexDir());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot open the search index in " + settings.indexDir(), e);
                    }
                    LOG.info(() -> "Search index open in " + settings.indexDir() + ": " + index.itemCount() + " items"
                            + (index.rebuildNeeded() ? ", a rebuild is needed (" + index.openProblem().orElse("") + ")" : ""));
                }
                opened = index;
            }
        }
        return opened;
    }

    @PreDestroy
    void stop() {
        SearchIndex opened = index;
        if (opened != null) {
            opened.close();
        }
    }
}
