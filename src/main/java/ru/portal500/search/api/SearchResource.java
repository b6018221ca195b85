package ru.portal500.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.search.application.SearchNotices;
import ru.portal500.search.application.SearchService;
import ru.portal500.search.engine.Facet;
import ru.portal500.search.engine.QueryNotice;
import ru.portal500.search.engine.QueryReading;
import ru.portal500.search.engine.SearchHit;
import ru.portal500.search.engine.SearchResult;
import ru.portal500.search.engine.SortOrder;
import ru.portal500.search.engine.Suggestion;
import ru.portal500.shared.i18n.Texts;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Search over the practice bank and the documents the caller may open: without a token, the practice
 * bank only. Query words, never Lucene syntax; what was done with odd input is in {@code notices}.
 */
@Path("public/search")
@RequestScoped
@Tag(name = "Search")
public class SearchResource {

    @Inject
    SearchService search;

    @Context
    HttpServletRequest request;

    /**
     * A result as JSON: hits with escaped HTML snippets, facets, "did you mean", notices in words; {@code readAs} when
     * the words were read otherwise than typed (the wrong keyboard layout, Latin letters), {@code offeredReading} that
     * reading after a search as typed, {@code unknownAbbreviations}
     * the query's abbreviations that nothing knows, and for a caller who keeps a region's synonyms the page where they
     * can be added ({@code synonymSettings}).
     */
    public record ResultView(String query, long total, int offset, List<SearchHit> hits,
                             Map<String, Map<String, Integer>> facets, String didYouMean, List<String> notices,
                             ReadAsView readAs, OfferedReadingView offeredReading, List<String> unknownAbbreviations,
                             String synonymSettings) {
    }

    /**
     * The words searched instead of those typed: {@code message} says so, {@code asTyped} is the link's text that
     * searches them as typed (the same request with {@code asTyped=true}).
     */
    public record ReadAsView(String typed, String searched, QueryReading.How how, String message, String asTyped) {
    }

    /**
     * After a search as typed ({@code asTyped=true}) of words the search reads otherwise: {@code message} says the words
     * were searched as typed, {@code asRead} is the link's text back to the reading (the same request without
     * {@code asTyped}).
     */
    public record OfferedReadingView(String typed, String searched, QueryReading.How how, String message, String asRead) {
    }

    /** Where a regional operator adds an abbreviation's expansion to the region's synonyms. */
    static final String SYNONYM_SETTINGS = "/app/search-settings.xhtml";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search (top hits with highlighted snippets, facet counts, did-you-mean); filters by facet",
            description = "Synonyms: the built-in list, plus the groups of the caller's regions and of the regions "
                    + "the search is narrowed to (region=64). Words that find nothing as typed but do in the other "
                    + "keyboard layout or read from Latin letters are searched so (readAs); asTyped=true searches them as typed "
                    + "and offers the reading back (offeredReading)")
    public ResultView search(@QueryParam("q") String q, @QueryParam("kind") Set<String> kind,
                             @QueryParam("type") Set<String> type, @QueryParam("risk") Set<String> risk,
                             @QueryParam("region") Set<String> region,
                             @QueryParam("municipality") Set<String> municipality,
                             @QueryParam("school") Set<String> school, @QueryParam("year") Set<String> year,
                             @QueryParam("status") Set<String> status, @QueryParam("level") Set<String> level,
                             @QueryParam("subject") Set<String> subject,
                             @QueryParam("sort") @DefaultValue("relevance") String sort,
                             @QueryParam("offset") @DefaultValue("0") int offset,
                             @QueryParam("limit") @DefaultValue("10") int limit,
                             @QueryParam("asTyped") @DefaultValue("false") boolean asTyped) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.KIND, kind);
        filters.put(Facet.DOCUMENT_TYPE, type);
        filters.put(Facet.RISK_FACTOR, risk);
        filters.put(Facet.REGION, region);
        filters.put(Facet.MUNICIPALITY, municipality);
        filters.put(Facet.SCHOOL, school);
        filters.put(Facet.CAMPAIGN_YEAR, year);
        filters.put(Facet.STATUS, status);
        filters.put(Facet.LEVEL, level);
        filters.put(Facet.SUBJECT, subject);
        SearchResult result = search.search(q, filters, "date".equals(sort) ? SortOrder.DATE : SortOrder.RELEVANCE,
                offset, limit, asTyped);
        Locale locale = Texts.of(request);
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, counts) -> {
            Map<String, Integer> values = new LinkedHashMap<>();
            counts.forEach(c -> values.put(c.value(), c.count()));
            facets.put(facet.name(), values);
        });
        boolean keepsSynonyms = !result.unknownAbbreviations().isEmpty() && search.callerKeepsSynonyms();
        List<String> notices = result.notices().stream().map(n -> notice(locale, n, result, keepsSynonyms)).toList();
        ReadAsView readAs = result.readAs().map(r -> new ReadAsView(r.typed(), r.searched(), r.how(),
                Texts.get(locale, "search.readAs." + r.how().name(), r.searched()),
                Texts.get(locale, "search.readAs.asTyped", r.typed()))).orElse(null);
        OfferedReadingView offered = result.offeredReading().map(r -> new OfferedReadingView(r.typed(), r.searched(), r.how(),
                Texts.get(locale, "search.readAs.typedShown", r.typed()),
                Texts.get(locale, "search.readAs.asRead", r.searched()))).orElse(null);
        return new ResultView(result.query(), result.totalHits(), result.offset(), result.hits(), facets,
                result.didYouMean().orElse(null), notices, readAs, offered, result.unknownAbbreviations(),
                keepsSynonyms ? request.getContextPath() + SYNONYM_SETTINGS : null);
    }

    private static String notice(Locale locale, QueryNotice notice, SearchResult result, boolean keepsSynonyms) {
        String text = SearchNotices.of(locale, notice, result);
        return keepsSynonyms && notice == QueryNotice.UNKNOWN_ABBREVIATION
                ? text + " " + Texts.get(locale, "search.notice.UNKNOWN_ABBREVIATION.operator") : text;
    }

    @GET
    @Path("suggest")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Titles as the user types (allowed items only)")
    public List<Suggestion> suggest(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("8") int limit) {
        return search.suggest(q, limit);
    }

    @GET
    @Path("similar")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Items similar to one (by its id, e.g. practice:5), allowed items only")
    public List<SearchHit> similar(@QueryParam("id") String id, @QueryParam("limit") @DefaultValue("5") int limit) {
        return search.similar(id, limit);
    }
}
