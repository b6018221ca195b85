package ru.portal500.search.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search: the user's words, the caller's allowed access keys (see {@link IndexedItem}), facet filters
 * (values within one facet are alternatives, facets are combined), order, page, and the synonym list of the
 * caller's region. Build with {@link #builder(String, Set)}.
 *
 * @param query       what the user typed: words, optionally {@code "a quoted phrase"} and {@code prefix*}; never Lucene syntax
 * @param allowedKeys the access keys of the caller; an empty set finds nothing
 * @param filters     facet values the hits must have
 * @param offset      the first hit to return, from 0
 * @param limit       how many hits to return, 1–{@value #MAX_LIMIT}
 * @param facetLimit  how many values per facet to count and return, 1–{@value #MAX_FACET_LIMIT}
 * @param asTyped     search the words as typed, never another reading of them ({@link SearchResult#readAs()})
 */
public record SearchRequest(String query, Set<String> allowedKeys, Map<Facet, Set<String>> filters, SortOrder sort,
                            int offset, int limit, int facetLimit, Synonyms synonyms, boolean asTyped) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_FACET_LIMIT = 200;
    /** Hits beyond this rank are not reachable by paging (offset + limit). */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_QUERY_CHARS = 300;
    public static final int MAX_QUERY_WORDS = 32;
    public static final int MIN_PREFIX_CHARS = 3;

    public SearchRequest {
        query = query == null ? "" : query;
        allowedKeys = allowedKeys == null ? Set.of() : Set.copyOf(allowedKeys);
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_LIMIT + ": " + limit);
        }
        if (facetLimit < 1 || facetLimit > MAX_FACET_LIMIT) {
            throw new IllegalArgumentException("facetLimit must be 1–" + MAX_FACET_LIMIT + ": " + facetLimit);
        }
        synonyms = synonyms == null ? Synonyms.builtIn() : synonyms;
    }

    public static Builder builder(String query, Set<String> allowedKeys) {
        return new Builder(query, allowedKeys);
    }

    /** Defaults: no filters, {@link SortOrder#RELEVANCE}, offset 0, 10 hits, 20 values per facet, the built-in synonyms, not as typed. */
    public static final class Builder {
        private final String query;
        private final Set<String> allowedKeys;
        private final Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        private SortOrder sort = SortOrder.RELEVANCE;
        private int offset;
        private int limit = 10;
        private int facetLimit = 20;
        private Synonyms synonyms = Synonyms.builtIn();
        private boolean asTyped;

        private Builder(String query, Set<String> allowedKeys) {
            this.query = query;
            this.allowedKeys = allowedKeys;
        }

        public Builder filter(Facet facet, Set<String> values) {
            filters.put(Objects.requireNonNull(facet), values);
            return this;
        }

        public Builder sort(SortOrder value) {
            this.sort = value;
            return this;
        }

        public Builder page(int offset, int limit) {
            this.offset = offset;
            this.limit = limit;
            return this;
        }

        public Builder facetLimit(int value) {
            this.facetLimit = value;
            return this;
        }

        public Builder synonyms(Synonyms value) {
            this.synonyms = value;
            return this;
        }

        /** Whether to search the words as typed only (another reading of them is otherwise searched when it finds more). */
        public Builder asTyped(boolean value) {
            this.asTyped = value;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, allowedKeys, filters, sort, offset, limit, facetLimit, synonyms, asTyped);
        }
    }
}
