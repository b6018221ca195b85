package ru.portal500.search.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to a {@link SearchRequest}: everything in it comes from items the caller may see.
 *
 * @param query      the query as searched (cut when it was too long)
 * @param totalHits  how many allowed items match (exact)
 * @param offset     the offset of the first hit returned (may be less than asked: {@link QueryNotice#PAGE_TOO_DEEP})
 * @param hits       the page of hits
 * @param facets     per facet, the values among all matching allowed items, most frequent first (facets without values are absent)
 * @param didYouMean the query with a misspelt word corrected, when some word finds nothing; the corrected query finds allowed items
 * @param notices    what was done with input that was not plain words
 * @param readAs     when the query as typed found nothing (or some of its words nothing) and another reading of it
 *                   finds more (the wrong keyboard layout, Latin letters): that reading, whose result this is
 * @param unknownAbbreviations the query's abbreviations (capital letters only) that find nothing among the allowed
 *                   items: neither the abbreviation lists nor the items know them ({@link QueryNotice#UNKNOWN_ABBREVIATION})
 * @param offeredReading when the words were searched as typed ({@link SearchRequest#asTyped()}) though another reading
 *                   of them finds more: that reading, for the way back to it (the result is still the typed words')
 * @param cut        how the query was cut, when it was too long to search whole ({@link QueryNotice#TRUNCATED}); the
 *                   result is that of the part kept
 */
public record SearchResult(String query, long totalHits, int offset, List<SearchHit> hits,
                           Map<Facet, List<FacetCount>> facets, Optional<String> didYouMean, Set<QueryNotice> notices,
                           Optional<QueryReading> readAs, List<String> unknownAbbreviations,
                           Optional<QueryReading> offeredReading, Optional<QueryCut> cut) {

    static SearchResult empty(UserQuery query, Set<QueryNotice> notices) {
        return new SearchResult(query.text(), 0, 0, List.of(), Map.of(), Optional.empty(), Set.copyOf(notices), Optional.empty(),
                List.of(), Optional.empty(), query.cut());
    }

    /** This result, as that of another reading of the query typed (cut as the query typed was). */
    SearchResult readAs(QueryReading reading, Optional<QueryCut> typedCut) {
        return new SearchResult(query, totalHits, offset, hits, facets, didYouMean, notices, Optional.of(reading), unknownAbbreviations,
                Optional.empty(), typedCut);
    }

    /** This result of the words as typed, with the reading that finds more offered. */
    SearchResult offering(QueryReading reading) {
        return new SearchResult(query, totalHits, offset, hits, facets, didYouMean, notices, Optional.empty(), unknownAbbreviations,
                Optional.of(reading), cut);
    }
}
