package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link UserQuery} into a Lucene query over the title (boosted) and the text: the words as
 * alternatives (an item with more of them ranks higher), each quoted phrase required, each prefix expanded
 * to at most {@value #PREFIX_EXPANSIONS} terms. Abbreviations and expansions come in through the query
 * analyzer ({@link Synonyms}): see {@link SynonymWeighingQueryBuilder} for how they are weighed.
 */
final class QueryFactory {

    static final float TITLE_BOOST = 2f;
    static final int PREFIX_EXPANSIONS = 30;
    static final List<String> FIELDS = List.of(ItemDocuments.TITLE, ItemDocuments.TEXT);

    private QueryFactory() {
    }

    /** The query, or {@code null} when nothing searchable is left (stop words only). */
    static Query build(UserQuery query, Analyzer analyzer) {
        QueryBuilder builder = new SynonymWeighingQueryBuilder(analyzer);
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        int clauses = 0;
        if (!query.words().isEmpty()) {
            String words = String.join(" ", query.words());
            Query q = acrossFields(builder.createBooleanQuery(ItemDocuments.TITLE, words),
                    builder.createBooleanQuery(ItemDocuments.TEXT, words));
            if (q != null) {
                top.add(q, BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        for (String prefix : query.prefixes()) {
            String stem = prefixTerm(prefix);
            top.add(acrossFields(prefix(ItemDocuments.TITLE, stem), prefix(ItemDocuments.TEXT, stem)), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        for (String phrase : query.phrases()) {
            Query q = acrossFields(builder.createPhraseQuery(ItemDocuments.TITLE, phrase),
                    builder.createPhraseQuery(ItemDocuments.TEXT, phrase));
            if (q != null) {
                top.add(q, BooleanClause.Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? null : top.build();
    }

    /**
     * A query builder that weighs an abbreviation and its expansions as one word: each alternative of a multi-word
     * expansion requires all its words, its score is divided by their number (an average word, not a sum), and
     * the alternatives compete (the best one counts) instead of adding up. Without this, {@code кураторы ШНОР} is
     * swamped by every text that mentions "низкие образовательные результаты" three times over.
     */
    static final class SynonymWeighingQueryBuilder extends QueryBuilder {

        SynonymWeighingQueryBuilder(Analyzer analyzer) {
            super(analyzer);
            setAutoGenerateMultiTermSynonymsPhraseQuery(false);
        }

        @Override
        protected Query newGraphSynonymQuery(Iterator<Query> alternatives) {
            List<Query> weighed = new ArrayList<>();
            while (alternatives.hasNext()) {
                Query alternative = alternatives.next();
                if (alternative instanceof BooleanQuery words && words.clauses().size() > 1) {
                    weighed.add(new BoostQuery(words, 1f / words.clauses().size()));
                } else if (alternative != null) {
                    weighed.add(alternative);
                }
            }
            return weighed.size() == 1 ? weighed.get(0) : new DisjunctionMaxQuery(weighed, 0f);
        }
    }

    /** The title's query (boosted) or the text's. */
    static Query acrossFields(Query title, Query text) {
        if (title == null || text == null) {
            return title == null ? text : new BoostQuery(title, TITLE_BOOST);
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD)
                .add(text, BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query prefix(String field, String stem) {
        return new PrefixQuery(new Term(field, stem), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_EXPANSIONS));
    }

    /**
     * The indexed form a prefix matches: its stem when the stemmer only cut an ending (stems are prefixes of
     * their words, so {@code школы*} finds {@code школьный}), otherwise the prefix in lower case with ё → е.
     */
    static String prefixTerm(String prefix) {
        String normal = prefix.toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<String> stems = Synonyms.analyse(prefix);
        return stems.size() == 1 && normal.startsWith(stems.get(0)) && stems.get(0).length() >= SearchRequest.MIN_PREFIX_CHARS
                ? stems.get(0) : normal;
    }
}
