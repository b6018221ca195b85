package ru.portal500.search.engine;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A query that matches exactly the items a search query matches, for passes that need no scores (counting facets).
 * Nested alternatives — the fields' queries, the abbreviations' expansions ({@link QueryFactory}) — become one flat
 * list, which Lucene iterates a window of documents at a time instead of one document at a time through each level;
 * an alternative that requires all the words of another alternative and more is dropped, as it adds no match
 * ({@code низк образовательн результат} already matches whatever {@code школ низк образовательн результат} matches).
 */
final class MatchingQuery {

    private MatchingQuery() {
    }

    static Query of(Query query) {
        List<Query> alternatives = new ArrayList<>();
        flatten(query, alternatives);
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        List<Set<Term>> required = alternatives.stream().map(MatchingQuery::requiredTerms).map(t -> t.orElse(null)).toList();
        BooleanQuery.Builder union = new BooleanQuery.Builder();
        Set<Query> added = new HashSet<>();
        for (int i = 0; i < alternatives.size(); i++) {
            if (!implied(i, required) && added.add(alternatives.get(i))) {
                union.add(alternatives.get(i), BooleanClause.Occur.SHOULD);
            }
        }
        return union.build();
    }

    private static void flatten(Query query, List<Query> alternatives) {
        if (query instanceof BoostQuery boosted) {
            flatten(boosted.getQuery(), alternatives);
        } else if (query instanceof DisjunctionMaxQuery max) {
            max.getDisjuncts().forEach(d -> flatten(d, alternatives));
        } else if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0 && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
            bool.clauses().forEach(c -> flatten(c.getQuery(), alternatives));
        } else {
            alternatives.add(query);
        }
    }

    /** The terms an alternative made of required terms only needs; empty for any other alternative. */
    private static Optional<Set<Term>> requiredTerms(Query alternative) {
        if (alternative instanceof TermQuery term) {
            return Optional.of(Set.of(term.getTerm()));
        }
        if (alternative instanceof BooleanQuery bool && !bool.clauses().isEmpty()) {
            Set<Term> terms = new HashSet<>();
            for (BooleanClause clause : bool.clauses()) {
                if (!clause.isRequired() || !(unboosted(clause.getQuery()) instanceof TermQuery term)) {
                    return Optional.empty();
                }
                terms.add(term.getTerm());
            }
            return Optional.of(terms);
        }
        return Optional.empty();
    }

    private static Query unboosted(Query query) {
        return query instanceof BoostQuery boosted ? unboosted(boosted.getQuery()) : query;
    }

    /** Whether another alternative needs a strict subset of this one's terms (so matches all it matches). */
    private static boolean implied(int i, List<Set<Term>> required) {
        Set<Term> mine = required.get(i);
        if (mine == null) {
            return false;
        }
        for (int j = 0; j < required.size(); j++) {
            Set<Term> other = required.get(j);
            if (j != i && other != null && other.size() < mine.size() && mine.containsAll(other)) {
                return true;
            }
        }
        return false;
    }
}
