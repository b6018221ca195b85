package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link UserQuery} into a Lucene query over the title and the text: the words as alternatives (an item with
 * more of them ranks higher), each quoted phrase required, each prefix expanded to at most
 * {@value #PREFIX_EXPANSIONS} terms. Abbreviations and expansions come in through the query analyzer
 * ({@link Synonyms}): see {@link SynonymWeighingQueryBuilder} for how they are weighed.
 *
 * <p>The query {@link #build} makes <b>finds</b> the candidates (the title's BM25, boosted, plus the text's: Lucene skips
 * what cannot make the page); the first of them are then <b>ranked</b> by {@link #scoring}, where a word is scored over
 * the title and the text as one field (BM25F, as Lucene's {@link CombinedFieldQuery} defines it): an occurrence in the
 * title counts as {@value #TITLE_WEIGHT} occurrences in the text and the title's length adds to the text's. Summing the
 * title's BM25 and the text's gave a word that happens to be in a short title a whole second score of its own, which
 * ranked items by their titles' wording (README, "Search quality").
 */
final class QueryFactory {

    /** In the ranking, a title occurrence counts as this many occurrences in the text (BM25F). */
    static final float TITLE_WEIGHT = 2f;
    /** In finding the candidates, the title's BM25 is multiplied by this before the text's is added. */
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
     *
     * <p>The domain thesaurus's words come with a token boost below 1 ({@link ThesaurusWeightFilter}), which Lucene's
     * builder carries into the query: a term boost inside a {@code SynonymQuery} where the alternatives are single
     * words, a {@code BoostQuery} around each term of a multi-word alternative (so that alternative scores the weight
     * times an average word). Where a thesaurus phrase leads off from words typed, those words keep the scoring they
     * have without synonyms (each word on its own, summed: a text with only some of them is still found) and the
     * alternatives compete with that sum.
     */
    static class SynonymWeighingQueryBuilder extends QueryBuilder {

        SynonymWeighingQueryBuilder(Analyzer analyzer) {
            super(analyzer);
            setAutoGenerateMultiTermSynonymsPhraseQuery(false);
        }

        /**
         * An alternative of a graph (a path of the synonym filter's output) that consists of the words typed becomes
         * their disjunction rather than their conjunction; {@link #newGraphSynonymQuery} decides what it stays.
         */
        @Override
        protected Query createFieldQuery(TokenStream source, BooleanClause.Occur operator, String field, boolean quoted, int phraseSlop) {
            if (quoted || operator != BooleanClause.Occur.MUST) {
                return super.createFieldQuery(source, operator, field, quoted, phraseSlop);
            }
            CachingTokenFilter path = new CachingTokenFilter(source);
            boolean typed = true;
            int words = 0;
            try {
                TypeAttribute type = path.addAttribute(TypeAttribute.class);
                path.reset();
                while (path.incrementToken()) {
                    words++;
                    typed &= !SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return super.createFieldQuery(path, typed && words > 1 ? BooleanClause.Occur.SHOULD : operator, field, false, phraseSlop);
        }

        @Override
        protected Query newGraphSynonymQuery(Iterator<Query> alternatives) {
            List<Query> all = new ArrayList<>();
            alternatives.forEachRemaining(all::add);
            boolean thesaurus = all.stream().filter(a -> !typedWords(a)).allMatch(SynonymWeighingQueryBuilder::weighed);
            List<Query> weighed = new ArrayList<>();
            for (Query alternative : all) {
                if (alternative instanceof BooleanQuery words && words.clauses().size() > 1) {
                    boolean typedWords = typedWords(words);
                    if (typedWords && thesaurus) {
                        weighed.add(words);
                    } else {
                        weighed.add(new BoostQuery(typedWords ? required(words) : words, 1f / words.clauses().size()));
                    }
                } else if (alternative != null) {
                    weighed.add(alternative);
                }
            }
            return weighed.size() == 1 ? weighed.get(0) : new DisjunctionMaxQuery(weighed, 0f);
        }

        /** Whether an alternative is the words typed ({@link #createFieldQuery} made them a disjunction). */
        private static boolean typedWords(Query alternative) {
            return alternative instanceof BooleanQuery words && words.clauses().size() > 1
                    && words.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
        }

        /** Whether an alternative is the thesaurus's (its terms boosted below 1). */
        private static boolean weighed(Query alternative) {
            if (alternative instanceof BoostQuery boosted) {
                return boosted.getBoost() < 1f;
            }
            return alternative instanceof BooleanQuery words && words.clauses().stream().anyMatch(c -> weighed(c.getQuery()));
        }

        /** The same words, each required. */
        private static Query required(BooleanQuery words) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            words.clauses().forEach(c -> all.add(c.getQuery(), BooleanClause.Occur.MUST));
            return all.build();
        }
    }

    /**
     * How the candidates {@link #build} finds are scored ({@link PassageRanking}): its words as alternatives, each over
     * the title and the text as one field (BM25F); null if no word is left. Lucene does not run this query: a
     * {@link CombinedFieldQuery} cannot skip the documents that cannot make the first page (it has no block-max
     * scores), which made abbreviation queries three times slower than searching the fields apart.
     */
    static Query scoring(UserQuery query, Analyzer analyzer) {
        return query.words().isEmpty() ? null
                : new CombinedFieldsQueryBuilder(analyzer).createBooleanQuery(ItemDocuments.TEXT, String.join(" ", query.words()));
    }

    /**
     * The {@link SynonymWeighingQueryBuilder} whose terms are scored over the title and the text together: a term
     * becomes a {@link CombinedFieldQuery}; the forms of one position (an abbreviation and its one-word expansions)
     * become one such query with all of them, counted as one term as BM25F counts synonyms — unless the analyzer gave
     * some of them a lower weight (the thesaurus), whose forms then compete with the word's, weighed down.
     */
    static final class CombinedFieldsQueryBuilder extends SynonymWeighingQueryBuilder {

        CombinedFieldsQueryBuilder(Analyzer analyzer) {
            super(analyzer);
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            Query combined = combined(List.of(term.bytes()));
            return boost == 1f ? combined : new BoostQuery(combined, boost);
        }

        @Override
        protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
            Map<Float, List<BytesRef>> byWeight = new LinkedHashMap<>();
            for (TermAndBoost term : terms) {
                byWeight.computeIfAbsent(term.boost, w -> new ArrayList<>()).add(term.term);
            }
            List<Query> weighed = new ArrayList<>();
            byWeight.forEach((weight, forms) -> weighed.add(weight == 1f ? combined(forms) : new BoostQuery(combined(forms), weight)));
            return weighed.size() == 1 ? weighed.get(0) : new DisjunctionMaxQuery(weighed, 0f);
        }

        private static Query combined(List<BytesRef> forms) {
            CombinedFieldQuery.Builder builder = new CombinedFieldQuery.Builder()
                    .addField(ItemDocuments.TITLE, TITLE_WEIGHT)
                    .addField(ItemDocuments.TEXT, 1f);
            forms.forEach(builder::addTerm);
            return builder.build();
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
        MultiTermQuery.RewriteMethod rewrite = new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_EXPANSIONS);
        List<BytesRef> families = familyStems(stem).stream().map(BytesRef::new).toList();
        if (families.isEmpty()) {
            return new PrefixQuery(new Term(field, stem), rewrite);
        }
        Automaton either = Operations.determinize(Operations.union(PrefixQuery.toAutomaton(new BytesRef(stem)),
                Automata.makeBinaryStringUnion(families)), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
        return new AutomatonQuery(new Term(field, stem), either, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true, rewrite);
    }

    /**
     * Whether an indexed term is one a prefix finds: a term it begins, or the stem of a derivational family it stands
     * for ({@link #familyStems}).
     */
    static boolean prefixFinds(String prefix, String term) {
        return term.startsWith(prefix) || familyStems(prefix).contains(term);
    }

    /**
     * The stems of the derivational families a prefix stands for besides the terms it begins: a family's members are
     * indexed under the family's stem ({@link RussianAnalysis#FAMILIES}: {@code диагностирует} as {@code диагностик}),
     * so the prefix {@code диагностир} finds no term of its own; it finds the family whose member's stem it begins
     * ({@code диагностир}, {@code диагностирова}), or whose member's stem begins it (a longer beginning of one of the
     * member's words, {@code диагностируе}). In alphabetical order; empty for most prefixes.
     */
    static java.util.SortedSet<String> familyStems(String prefix) {
        java.util.SortedSet<String> stems = new java.util.TreeSet<>();
        for (Map.Entry<Object, char[]> member : RussianAnalysis.FAMILIES.entrySet()) {
            String stem = member.getKey() instanceof char[] chars ? new String(chars) : member.getKey().toString();
            String family = new String(member.getValue());
            if ((stem.startsWith(prefix) || prefix.startsWith(stem)) && !family.startsWith(prefix)) {
                stems.add(family);
            }
        }
        return stems;
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
