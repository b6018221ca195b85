package ru.portal500.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.search.engine.HitExplanation;
import ru.portal500.search.engine.SearchEngine;
import ru.portal500.search.engine.SearchRequest;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.EnumSet;
import java.util.Map;

/**
 * Why a search finds an item (regional operators, who manage the region's synonyms): the query as the operator's own
 * search runs it — with the operator's access keys and the synonyms of the operator's regions (see
 * {@link SearchService}), read as the search reads it (a query typed in the other layout or in Latin letters is
 * explained as the reading the search used, and the explanation names it) — and, per word, what it was looked for as,
 * where the item has it and its part of the score. A word that finds nothing is what tells the operator which synonym
 * group to add.
 */
@ApplicationScoped
public class SearchExplanations {

    @Inject
    AccessGuard guard;

    @Inject
    SearchEngine engine;

    @Inject
    SearchSynonyms synonyms;

    /**
     * @throws InvalidRequestException the query is empty
     * @throws ru.portal500.shared.domain.NoSuchResourceException no such item, or not one the caller may see
     */
    public HitExplanation explain(String query, String itemId) {
        guard.requireAnyRole(EnumSet.of(Role.REGIONAL_OPERATOR), "search.explain");
        if (query == null || query.isBlank()) {
            throw new InvalidRequestException("search.explain.error.emptyQuery");
        }
        Caller caller = guard.caller();
        SearchRequest request = SearchRequest.builder(query, AccessKeys.of(caller))
                .synonyms(synonyms.of(SearchService.regionsConcerned(caller, Map.of())))
                .build();
        return guard.requireFound(engine.index().explain(request, itemId), "search.explain");
    }
}
