package ru.portal500.search.engine;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reads of the index — search, similar items, typing suggestions — on one searcher, all behind the {@link AccessFilter}. */
final class Searches {

    static final int MAX_SIMILAR = 50;
    static final int MAX_SUGGESTIONS = 20;

    private static final org.apache.lucene.analysis.Analyzer WORDS = RussianAnalysis.words();
    private static final org.apache.lucene.analysis.Analyzer INDEX = RussianAnalysis.index();
    /** Ties (equal scores are common: lengths are stored coarsely) go by id, so any index with the same items gives the same order. */
    private static final SortField BY_ID = new SortField(ItemDocuments.ID, SortField.Type.STRING);
    private static final Sort NEWEST_FIRST = new Sort(newestFirst(), SortField.FIELD_SCORE, BY_ID);

    private final SpellCorrection spelling = new SpellCorrection();

    SearchResult search(EngineSearcher searcher, SearchRequest request) throws IOException {
        UserQuery query = UserQuery.parse(request.query());
        Set<QueryNotice> notices = EnumSet.noneOf(QueryNotice.class);
        notices.addAll(query.notices());
        if (request.allowedKeys().isEmpty()) {
            notices.add(QueryNotice.NO_ACCESS);
            return SearchResult.empty(query, notices);
        }
        Query textQuery;
        SortOrder sort = request.sort();
        if (query.isEmpty()) {
            if (!query.text().isEmpty()) {
                notices.add(QueryNotice.NO_SEARCHABLE_WORDS);
                return SearchResult.empty(query, notices);
            }
            textQuery = new MatchAllDocsQuery();
            sort = SortOrder.DATE;
        } else {
            textQuery = QueryFactory.build(query, request.synonyms().queryAnalyzer());
            if (textQuery == null) {
                notices.add(hasLetter(query) ? QueryNotice.STOP_WORDS_ONLY : QueryNotice.NO_SEARCHABLE_WORDS);
                return SearchResult.empty(query, notices);
            }
        }
        SearchResult typed = search(searcher, request, query, textQuery, sort, notices);
        if (query.isEmpty()) {
            return typed;
        }
        Optional<QueryReading> reading = QueryReadings.read(searcher, query.text(), request.synonyms().queryAnalyzer(),
                request.allowedKeys(), typed.totalHits() == 0);
        if (reading.isEmpty()) {
            return request.asTyped() ? typed : correctedIfSure(searcher, request, query, typed, sort);
        }
        UserQuery other = UserQuery.parse(reading.get().searched());
        Query otherQuery = QueryFactory.build(other, request.synonyms().queryAnalyzer());
        if (otherQuery == null) {
            return typed;
        }
        if (request.asTyped()) {
            // searched as typed on request: the reading is offered back when it finds more
            long readingFinds = searcher.count(withFilters(AccessFilter.restrict(otherQuery, request.allowedKeys()), request.filters()));
            return readingFinds > typed.totalHits() ? typed.offering(reading.get()) : typed;
        }
        Set<QueryNotice> otherNotices = EnumSet.noneOf(QueryNotice.class);
        otherNotices.addAll(other.notices());
        if (query.notices().contains(QueryNotice.TRUNCATED)) {
            otherNotices.add(QueryNotice.TRUNCATED); // the reading is of the part kept
        }
        SearchResult read = search(searcher, request, other, otherQuery, sort, otherNotices);
        return read.totalHits() > typed.totalHits() ? read.readAs(reading.get(), query.cut()) : typed;
    }

    /**
     * The result of the query with its misspelt words corrected, when the correction is sure ({@link SpellCorrection#sure})
     * and finds at least as much as the typed words; else the typed words' result, which offers the correction.
     */
    private SearchResult correctedIfSure(EngineSearcher searcher, SearchRequest request, UserQuery query, SearchResult typed,
                                         SortOrder sort) throws IOException {
        if (typed.didYouMean().isEmpty() || !SpellCorrection.sure(query.text(), typed.didYouMean().get())) {
            return typed;
        }
        UserQuery corrected = UserQuery.parse(typed.didYouMean().get());
        Query correctedQuery = QueryFactory.build(corrected, request.synonyms().queryAnalyzer());
        if (correctedQuery == null) {
            return typed;
        }
        Set<QueryNotice> notices = EnumSet.noneOf(QueryNotice.class);
        notices.addAll(corrected.notices());
        if (query.notices().contains(QueryNotice.TRUNCATED)) {
            notices.add(QueryNotice.TRUNCATED); // the correction is of the part kept
        }
        SearchResult read = search(searcher, request, corrected, correctedQuery, sort, notices);
        return read.totalHits() > 0 && read.totalHits() >= typed.totalHits()
                ? read.readAs(new QueryReading(query.text(), corrected.text(), QueryReading.How.SPELLING), query.cut())
                : typed;
    }

    /** The page, the facets, "did you mean" and the unknown abbreviations of a query that has something to search. */
    private SearchResult search(EngineSearcher searcher, SearchRequest request, UserQuery query, Query textQuery,
                                SortOrder sort, Set<QueryNotice> notices) throws IOException {
        int limit = request.limit();
        int offset = request.offset();
        if (offset + limit > SearchRequest.MAX_WINDOW) {
            offset = SearchRequest.MAX_WINDOW - limit;
            notices.add(QueryNotice.PAGE_TOO_DEEP);
        }
        Query filtered = withFilters(AccessFilter.restrict(textQuery, request.allowedKeys()), request.filters());
        ScoreDoc[] top;
        FacetTally.Counts counts;
        // the first candidates ranked again by BM25F and their passages (PassageRanking), the rest in the index's order:
        // the same order whatever the page's size
        boolean byPassages = sort == SortOrder.RELEVANCE && !query.isEmpty();
        try {
            // the page first, skipping what cannot make it (block-max WAND); then every match counted, without scores
            int first = byPassages ? Math.max(PassageRanking.DEPTH, offset + limit) : offset + limit;
            top = sort == SortOrder.DATE ? searcher.search(filtered, first, NEWEST_FIRST).scoreDocs
                    : BestFirst.of(searcher, filtered, first);
            counts = searcher.facets() == null ? null : searcher.search(MatchingQuery.of(textQuery),
                    searcher.facets().counting(searcher, withFilters(AccessFilter.keys(request.allowedKeys()), request.filters())));
        } catch (IndexSearcher.TooManyClauses e) {
            notices.add(QueryNotice.TRUNCATED);
            return SearchResult.empty(query, notices);
        }
        List<SearchHit> hits;
        if (byPassages) {
            ScoreDoc[] found = top;
            int first = Math.min(PassageRanking.DEPTH, found.length);
            List<PassageRanking.Ranked> ranked = PassageRanking.rank(searcher,
                    QueryFactory.scoring(query, request.synonyms().queryAnalyzer()), Arrays.copyOf(found, first));
            ScoreDoc[] ordered = found.clone();
            for (int i = 0; i < first; i++) {
                ordered[i] = ranked.get(i).hit();
            }
            hits = HitReader.read(searcher, textQuery, HitReader.page(ordered, offset, limit), PassageRanking.focusOf(ranked));
        } else {
            hits = HitReader.read(searcher, textQuery, HitReader.page(top, offset, limit), Map.of());
        }
        Map<Facet, List<FacetCount>> facets = counts == null ? Map.of() : searcher.facets().top(counts, request.facetLimit());
        long total = counts == null ? searcher.count(filtered) : counts.matches();
        SpellCorrection.Spelling spelling = query.words().isEmpty() ? new SpellCorrection.Spelling(List.of(), Optional.empty())
                : this.spelling.check(searcher, query, request.synonyms().queryAnalyzer(), request.allowedKeys());
        List<String> unknownAbbreviations = Abbreviations.among(spelling.unfound(), query.words(), request.synonyms().queryAnalyzer());
        if (!unknownAbbreviations.isEmpty()) {
            notices.add(QueryNotice.UNKNOWN_ABBREVIATION);
        }
        return new SearchResult(query.text(), total, offset, hits, facets, spelling.corrected(), Set.copyOf(notices),
                Optional.empty(), unknownAbbreviations, Optional.empty(), query.cut());
    }

    private static boolean hasLetter(UserQuery query) {
        return java.util.stream.Stream.concat(query.words().stream(), query.phrases().stream())
                .anyMatch(w -> w.codePoints().anyMatch(Character::isLetter));
    }

    List<SearchHit> similar(EngineSearcher searcher, String id, Set<String> allowedKeys, int limit) throws IOException {
        if (allowedKeys.isEmpty() || id == null || limit < 1) {
            return List.of();
        }
        Query self = new TermQuery(ItemDocuments.idTerm(id));
        TopDocs seed = searcher.search(AccessFilter.restrict(self, allowedKeys), 1);
        if (seed.scoreDocs.length == 0) {
            return List.of(); // not there, or not the caller's to see: the same answer
        }
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(INDEX);
        mlt.setFieldNames(QueryFactory.FIELDS.toArray(String[]::new));
        mlt.setMinTermFreq(1); // practice-bank entries are short: a word said once is still what they are about
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        Query like = mlt.like(seed.scoreDocs[0].doc);
        Query others = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(self, BooleanClause.Occur.MUST_NOT)
                .build();
        TopDocs top = searcher.search(AccessFilter.restrict(others, allowedKeys), Math.min(limit, MAX_SIMILAR));
        return HitReader.read(searcher, like, top.scoreDocs, Map.of());
    }

    List<Suggestion> suggest(EngineSearcher searcher, String typed, Set<String> allowedKeys, int limit) throws IOException {
        if (allowedKeys.isEmpty() || typed == null || limit < 1) {
            return List.of();
        }
        String text = typed.length() > SearchRequest.MAX_QUERY_CHARS ? typed.substring(0, SearchRequest.MAX_QUERY_CHARS) : typed;
        List<String> words = words(text);
        if (words.isEmpty() || words.size() > SearchRequest.MAX_QUERY_WORDS) {
            return List.of();
        }
        boolean lastComplete = Character.isWhitespace(text.charAt(text.length() - 1));
        String last = words.get(words.size() - 1);
        if (!lastComplete && last.length() < 2) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(ItemDocuments.TITLE_WORDS, words.get(i));
            boolean prefix = i == words.size() - 1 && !lastComplete;
            query.add(prefix ? new PrefixQuery(term) : new TermQuery(term), BooleanClause.Occur.MUST);
        }
        TopDocs top = searcher.search(AccessFilter.restrict(query.build(), allowedKeys), Math.min(limit, MAX_SUGGESTIONS) * 3);
        // Titles that score alike come shortest first, then in alphabetical order: not in the order they happened
        // to be indexed (concurrent publications index in any order).
        List<Candidate> candidates = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            var stored = searcher.storedFields().document(hit.doc, Set.of(ItemDocuments.ID, ItemDocuments.KIND, ItemDocuments.TITLE));
            candidates.add(new Candidate(hit.score, new Suggestion(stored.get(ItemDocuments.ID),
                    ItemKind.valueOf(stored.get(ItemDocuments.KIND)), stored.get(ItemDocuments.TITLE))));
        }
        candidates.sort(Comparator.comparing(Candidate::score, Comparator.reverseOrder())
                .thenComparingInt(c -> c.suggestion().title().length())
                .thenComparing(c -> c.suggestion().title()));
        Set<String> seen = new LinkedHashSet<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String title = candidate.suggestion().title();
            if (seen.add(title.toLowerCase()) && suggestions.size() < Math.min(limit, MAX_SUGGESTIONS)) {
                suggestions.add(candidate.suggestion());
            }
        }
        return suggestions;
    }

    private record Candidate(float score, Suggestion suggestion) {
    }

    private static List<String> words(String text) throws IOException {
        List<String> words = new ArrayList<>();
        // a hyphenated word as its parts: the titles' words field has the parts of every hyphenated word
        String unhyphenated = text.replace('-', ' ').replace('\u2010', ' ').replace('\u2011', ' ');
        try (TokenStream stream = WORDS.tokenStream(ItemDocuments.TITLE_WORDS, unhyphenated)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }

    private static Query withFilters(Query query, Map<Facet, Set<String>> filters) {
        if (filters.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filters.forEach((facet, values) -> builder.add(new TermInSetQuery(facet.filterField(),
                values.stream().map(ItemDocuments::clean).map(BytesRef::new).toList()), BooleanClause.Occur.FILTER));
        return builder.build();
    }

    private static SortField newestFirst() {
        SortedNumericSortField date = new SortedNumericSortField(ItemDocuments.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }
}
