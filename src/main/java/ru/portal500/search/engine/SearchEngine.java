package ru.portal500.search.engine;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.portal500.platform.config.PortalSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The portal's one {@link SearchIndex}, in {@code portal.index.dir}, opened when the application starts
 * (checked, and recreated empty if missing or corrupt: then {@link SearchIndex#rebuildNeeded()}) and closed when
 * it stops; and the synonym list of each region (the built-in list plus the region's additions).
 */
@ApplicationScoped
public class SearchEngine {

    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

    @Inject
    PortalSettings settings;

    private final Map<String, Synonyms> regionSynonyms = new ConcurrentHashMap<>();
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

    /** The synonyms to search with for a caller of this region: the built-in list and the region's additions. */
    public Synonyms synonyms(String regionCode) {
        return regionCode == null ? Synonyms.builtIn() : regionSynonyms.getOrDefault(regionCode, Synonyms.builtIn());
    }

    /**
     * Sets a region's additions to the built-in synonyms (replacing earlier ones; an empty list removes them).
     *
     * @throws IllegalArgumentException a group is not usable (check each with {@link Synonyms#check(String[])} first)
     */
    public void useRegionSynonyms(String regionCode, List<String[]> additions) {
        if (additions.isEmpty()) {
            regionSynonyms.remove(regionCode);
        } else {
            regionSynonyms.put(regionCode, Synonyms.builtIn().with(additions));
        }
    }

    @PreDestroy
    void stop() {
        SearchIndex opened = index;
        if (opened != null) {
            opened.close();
        }
    }
}
