package ru.portal500.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Caller;
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

/**
 * Searching the practice bank and the schools' documents: every search, count, suggestion and "similar"
 * is filtered on the server by the caller's access keys (visitors: the practice bank only), with the
 * synonyms of the caller's region.
 */
@ApplicationScoped
public class SearchService {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SearchEngine engine;

    public SearchResult search(String query, Map<Facet, Set<String>> filters, SortOrder sort, int offset, int limit) {
        Caller caller = currentCaller.get();
        SearchRequest.Builder request = SearchRequest.builder(query, AccessKeys.of(caller))
                .sort(sort == null ? SortOrder.RELEVANCE : sort)
                .page(Math.max(0, offset), Math.max(1, Math.min(SearchRequest.MAX_LIMIT, limit)))
                .synonyms(engine.synonyms(caller.regions().stream().findFirst().orElse(null)));
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                request.filter(facet, values);
            }
        });
        return engine.index().search(request.build());
    }

    public List<SearchHit> similar(String id, int limit) {
        return engine.index().similar(id, AccessKeys.of(currentCaller.get()), Math.max(1, Math.min(20, limit)));
    }

    public List<Suggestion> suggest(String typed, int limit) {
        return engine.index().suggest(typed, AccessKeys.of(currentCaller.get()), Math.max(1, Math.min(20, limit)));
    }
}
