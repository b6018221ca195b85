package ru.portal500.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.search.engine.Facet;
import ru.portal500.search.engine.SearchEngine;
import ru.portal500.search.engine.SearchHit;
import ru.portal500.search.engine.SearchRequest;
import ru.portal500.search.engine.SearchResult;
import ru.portal500.search.engine.SortOrder;
import ru.portal500.search.engine.Suggestion;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Searching the practice bank and the schools' documents: every search, count, suggestion and "similar"
 * is filtered on the server by the caller's access keys (visitors: the practice bank only).
 *
 * <p><b>Synonyms.</b> Every search uses the built-in list. A region's own groups are added when the search
 * concerns the region: the caller holds a role there (an operator, coordinator, curator, school team…
 * searches with their region's abbreviations), or the search is narrowed to it by the region filter. A
 * visitor, a teacher without a territory or a federal user searching the whole country gets the built-in
 * list only: one region's operator then cannot change what the rest of the country finds, and two regions
 * that expand one abbreviation differently (ЦОКО, РЦОИ, ИМЦ have local meanings) do not mix in one search;
 * the built-in list already holds the programme's federal vocabulary. Narrowing a public search to a region
 * brings in that region's words with its practices.
 */
@ApplicationScoped
public class SearchService {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SearchEngine engine;

    @Inject
    SearchSynonyms synonyms;

    public SearchResult search(String query, Map<Facet, Set<String>> filters, SortOrder sort, int offset, int limit) {
        return search(query, filters, sort, offset, limit, false);
    }

    /**
     * The search; {@code asTyped}: the words as typed only, never another reading of them (the wrong keyboard layout,
     * Latin letters: {@link SearchResult#readAs()}).
     */
    public SearchResult search(String query, Map<Facet, Set<String>> filters, SortOrder sort, int offset, int limit,
                               boolean asTyped) {
        Caller caller = currentCaller.get();
        SearchRequest.Builder request = SearchRequest.builder(query, AccessKeys.of(caller))
                .asTyped(asTyped)
                .sort(sort == null ? SortOrder.RELEVANCE : sort)
                .page(Math.max(0, offset), Math.max(1, Math.min(SearchRequest.MAX_LIMIT, limit)))
                .synonyms(synonyms.of(regionsConcerned(caller, filters)));
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                request.filter(facet, values);
            }
        });
        return engine.index().search(request.build());
    }

    /** The regions whose synonym groups a search uses: the caller's and those it is narrowed to. */
    static Set<String> regionsConcerned(Caller caller, Map<Facet, Set<String>> filters) {
        Set<String> regions = new TreeSet<>(caller.regions());
        regions.addAll(filters.getOrDefault(Facet.REGION, Set.of()));
        return regions;
    }

    /** Whether the caller keeps a region's synonym list (a regional operator, on «Настройка поиска»). */
    public boolean callerKeepsSynonyms() {
        return currentCaller.get().hasRole(Role.REGIONAL_OPERATOR);
    }

    public List<SearchHit> similar(String id, int limit) {
        return engine.index().similar(id, AccessKeys.of(currentCaller.get()), Math.max(1, Math.min(20, limit)));
    }

    public List<Suggestion> suggest(String typed, int limit) {
        return engine.index().suggest(typed, AccessKeys.of(currentCaller.get()), Math.max(1, Math.min(20, limit)));
    }
}
