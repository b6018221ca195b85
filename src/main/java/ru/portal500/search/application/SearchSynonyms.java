package ru.portal500.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.search.engine.Synonyms;
import ru.portal500.search.infrastructure.SynonymGroupRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The synonyms a search uses: the built-in list plus the groups of the regions the search concerns (see
 * {@link SearchService} for which those are). Kept in memory per region, read from the database on first
 * use and forgotten when the region's list changes — after the change has committed, so a search never
 * keeps a list that was rolled back, and a load that raced with a change is not kept.
 */
@ApplicationScoped
public class SearchSynonyms {

    private static final Logger LOG = Logger.getLogger(SearchSynonyms.class.getName());

    /** Beyond this many cached combinations of regions, the cache starts afresh (bounds the memory). */
    static final int MAX_CACHED = 512;

    @Inject
    SynonymGroupRepository groups;

    /** Each region's usable groups (an empty list: none). */
    private final Map<String, List<String[]>> additions = new ConcurrentHashMap<>();
    /** The synonyms of a set of regions that have additions. */
    private final Map<Set<String>, Synonyms> combined = new ConcurrentHashMap<>();
    /** Counts changes: a load that saw the counter move while it read is used once, not kept. */
    private final AtomicLong changes = new AtomicLong();

    /** The built-in list plus the groups of these regions (codes that are not region codes are ignored). */
    public Synonyms of(Collection<String> regionCodes) {
        long seen = changes.get();
        SortedMap<String, List<String[]>> found = new TreeMap<>();
        for (String code : regionCodes) {
            if (Scope.isCode(code)) {
                List<String[]> groups = additionsOf(code);
                if (!groups.isEmpty()) {
                    found.put(code, groups);
                }
            }
        }
        if (found.isEmpty()) {
            return Synonyms.builtIn();
        }
        Synonyms cached = combined.get(found.keySet());
        if (cached != null) {
            return cached;
        }
        List<String[]> all = new ArrayList<>();
        found.values().forEach(all::addAll);
        Synonyms built = Synonyms.builtIn().with(all);
        if (changes.get() == seen) {
            bound(combined);
            combined.put(Set.copyOf(found.keySet()), built);
        }
        return built;
    }

    /** A region's usable groups; a stored group the chain no longer accepts is left out (and logged). */
    List<String[]> additionsOf(String regionCode) {
        List<String[]> cached = additions.get(regionCode);
        if (cached != null) {
            return cached;
        }
        long seen = changes.get();
        List<List<String>> stored;
        try {
            stored = groups.phrasesForSearch(regionCode);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Region " + regionCode + ": synonym groups not readable, searching with the built-in list", e);
            return List.of();
        }
        List<String[]> usable = new ArrayList<>();
        for (List<String> group : stored) {
            String[] phrases = group.toArray(String[]::new);
            Synonyms.check(phrases).ifPresentOrElse(
                    problem -> LOG.warning(() -> "Region " + regionCode + ": synonym group " + group + " left out: " + problem),
                    () -> usable.add(phrases));
        }
        List<String[]> loaded = List.copyOf(usable);
        if (changes.get() == seen) {
            bound(additions);
            additions.put(regionCode, loaded);
        }
        return loaded;
    }

    /** After a region's list changed and committed: its next search reads it again. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SynonymList.Changed event) {
        forget(event.regionCode());
    }

    void forget(String regionCode) {
        changes.incrementAndGet();
        additions.remove(regionCode);
        combined.keySet().removeIf(regions -> regions.contains(regionCode));
    }

    private static void bound(Map<?, ?> cache) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
    }
}
