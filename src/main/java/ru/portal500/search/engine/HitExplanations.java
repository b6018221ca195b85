package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a {@link HitExplanation}. It depends on the query's shape as little as it can, so that a change of how the
 * query is built (fields scored together, weighed synonyms) keeps it right:
 * <ul>
 *     <li>what a word is looked for as comes from the query analyzer's tokens, mapped back to the typed words by their
 *     offsets; tokens of type {@link SynonymGraphFilter#TYPE_SYNONYM} are expansions, named after the synonym group
 *     that gives them where the list has one;</li>
 *     <li>where they are comes from the postings of the item (counts and offsets), the words as written from the
 *     stored fields at those offsets;</li>
 *     <li>each word's part of the score comes from Lucene's {@link IndexSearcher#explain explanation}: its tree is
 *     walked down to the scoring leaves ({@code weight(…)}), whose value goes to the words whose terms the leaf names;
 *     a sum shares its value among its parts, the best of alternatives ({@code max…}) counts fully and the others
 *     only as much as the node says.</li>
 * </ul>
 */
final class HitExplanations {

    static final int MAX_RANK = HitExplanation.MAX_RANK;
    /** At most this many different spellings of a term are quoted per field. */
    static final int MAX_WRITTEN = 5;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private HitExplanations() {
    }

    /** The explanation, or empty when the item is not in the index or none of the allowed keys opens it. */
    static Optional<HitExplanation> explain(IndexSearcher searcher, SearchRequest request, String itemId) throws IOException {
        if (itemId == null || request.allowedKeys().isEmpty()) {
            return Optional.empty();
        }
        TopDocs self = searcher.search(AccessFilter.restrict(new TermQuery(ItemDocuments.idTerm(itemId)), request.allowedKeys()), 1);
        if (self.scoreDocs.length == 0) {
            return Optional.empty(); // not there, or not the caller's to see: the same answer
        }
        int doc = self.scoreDocs[0].doc;
        UserQuery query = UserQuery.parse(request.query());
        List<Typed> typed = typedWords(query, request.synonyms());
        Query textQuery = query.isEmpty() ? null : QueryFactory.build(query, request.synonyms().queryAnalyzer());

        Set<String> fields = new LinkedHashSet<>(List.of(ItemDocuments.TITLE, ItemDocuments.TEXT));
        if (textQuery != null) {
            Set<Term> queryTerms = new LinkedHashSet<>();
            searcher.rewrite(textQuery).visit(QueryVisitor.termCollector(queryTerms));
            for (Term term : queryTerms) {
                fields.add(term.field());
                for (Typed word : typed) {
                    if (word.prefix != null && QueryFactory.prefixFinds(word.prefix, term.text())) {
                        word.prefixTerms.add(term.text());
                    }
                }
            }
        }
        Document stored = searcher.storedFields().document(doc, fields);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));

        float score = 0;
        double[] perWord = new double[typed.size()];
        double[] other = new double[1];
        Integer rank = null;
        if (textQuery != null) {
            Explanation explanation = searcher.explain(textQuery, doc);
            if (explanation.isMatch() && explanation.getValue().floatValue() > 0) {
                score = explanation.getValue().floatValue();
                double[] shares = shares(explanation, typed.stream().map(Typed::terms).toList());
                System.arraycopy(shares, 0, perWord, 0, perWord.length);
                other[0] = shares[perWord.length];
                rank = rank(searcher, textQuery, QueryFactory.scoring(query, request.synonyms().queryAnalyzer()),
                        request.allowedKeys(), doc);
            }
        }
        List<HitExplanation.Word> words = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Typed word = typed.get(i);
            List<HitExplanation.Occurrence> occurrences = new ArrayList<>();
            for (Collection<String> terms : word.matchable()) {
                List<HitExplanation.Occurrence> found = new ArrayList<>();
                Set<String> present = new HashSet<>();
                for (String term : terms) {
                    for (String field : fields) {
                        HitExplanation.Occurrence o = occurrence(leaf.reader(), doc - leaf.docBase, field, term, stored.get(field));
                        if (o != null) {
                            found.add(o);
                            present.add(term);
                        }
                    }
                }
                if (present.containsAll(terms)) { // an expansion of several words counts when the item has them all
                    found.stream().filter(o -> !occurrences.contains(o)).forEach(occurrences::add);
                }
            }
            occurrences.sort((a, b) -> Integer.compare(fieldOrder(fields, a.field()), fieldOrder(fields, b.field())));
            words.add(new HitExplanation.Word(word.typed, word.kind, word.forms, occurrences, (float) perWord[i],
                    score > 0 ? perWord[i] / score : 0));
        }
        return Optional.of(new HitExplanation(itemId, stored.get(ItemDocuments.TITLE), rank, score, words,
                (float) other[0], null));
    }

    /** A typed word as the explanation is built: its forms, and for a prefix the terms the query expanded it to. */
    private static final class Typed {
        final String typed;
        final HitExplanation.Kind kind;
        final List<HitExplanation.Form> forms = new ArrayList<>();
        /** The indexed beginning of a prefix ({@code null} for a whole word). */
        final String prefix;
        final Set<String> prefixTerms = new LinkedHashSet<>();

        Typed(String typed, HitExplanation.Kind kind, String prefix) {
            this.typed = typed;
            this.kind = kind;
            this.prefix = prefix;
        }

        /** Every term the word is looked for as. */
        Set<String> terms() {
            Set<String> terms = new LinkedHashSet<>();
            forms.forEach(f -> terms.addAll(f.terms()));
            terms.addAll(prefixTerms);
            return terms;
        }

        /** What must be in the item for the word to count as found there: each form's terms, each prefix's term. */
        List<Collection<String>> matchable() {
            List<Collection<String>> sets = new ArrayList<>();
            for (HitExplanation.Form form : forms) {
                if (prefix == null) {
                    sets.add(form.terms());
                }
            }
            prefixTerms.forEach(t -> sets.add(List.of(t)));
            return sets;
        }
    }

    /** The typed words with their forms: the plain words analysed together (so synonyms of several words show), each phrase alone. */
    private static List<Typed> typedWords(UserQuery query, Synonyms synonyms) throws IOException {
        List<Typed> typed = new ArrayList<>();
        analyse(query.words(), HitExplanation.Kind.WORD, synonyms, typed);
        for (String phrase : query.phrases()) {
            analyse(Arrays.stream(phrase.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList(),
                    HitExplanation.Kind.PHRASE_WORD, synonyms, typed);
        }
        for (String prefix : query.prefixes()) {
            String stem = QueryFactory.prefixTerm(prefix);
            Typed word = new Typed(prefix + "*", HitExplanation.Kind.PREFIX, stem);
            word.forms.add(new HitExplanation.Form(List.of(stem + "…"), false, List.of(), null));
            typed.add(word);
        }
        return typed;
    }

    private record Token(String term, boolean synonym, int first, int last) {
    }

    private static void analyse(List<String> words, HitExplanation.Kind kind, Synonyms synonyms, List<Typed> typed) throws IOException {
        if (words.isEmpty()) {
            return;
        }
        int base = typed.size();
        int[] starts = new int[words.size()];
        int[] ends = new int[words.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            starts[i] = text.length();
            text.append(words.get(i));
            ends[i] = text.length();
            text.append(' ');
            typed.add(new Typed(words.get(i), kind, null));
        }
        List<Token> tokens = new ArrayList<>();
        Analyzer analyzer = synonyms.queryAnalyzer();
        try (TokenStream stream = analyzer.tokenStream(ItemDocuments.TEXT, text.toString())) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int first = wordAt(starts, ends, offset.startOffset());
                int last = Math.max(first, wordAt(starts, ends, Math.max(offset.startOffset(), offset.endOffset() - 1)));
                tokens.add(new Token(term.toString(), SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()), first, last));
            }
            stream.end();
        }
        // the words' own forms first, in order
        for (Token token : tokens) {
            if (!token.synonym()) {
                Typed word = typed.get(base + token.first());
                String from = token.first() == token.last() ? null : String.join(" ", words.subList(token.first(), token.last() + 1));
                HitExplanation.Form form = new HitExplanation.Form(List.of(token.term()), false, List.of(), from);
                if (word.forms.stream().noneMatch(f -> f.terms().equals(form.terms()))) {
                    word.forms.add(form);
                }
            }
        }
        // then the expansions, per span of typed words they replace
        Map<List<Integer>, List<String>> expansions = new LinkedHashMap<>();
        for (Token token : tokens) {
            if (token.synonym()) {
                List<String> terms = expansions.computeIfAbsent(List.of(token.first(), token.last()), k -> new ArrayList<>());
                if (!terms.contains(token.term())) {
                    terms.add(token.term());
                }
            }
        }
        expansions.forEach((span, terms) -> {
            String spanText = String.join(" ", words.subList(span.get(0), span.get(1) + 1));
            String from = span.get(0).equals(span.get(1)) ? null : spanText;
            Typed word = typed.get(base + span.get(0));
            for (HitExplanation.Form form : expansionForms(spanText, terms, from, synonyms)) {
                if (word.forms.stream().noneMatch(f -> f.terms().equals(form.terms()))) {
                    word.forms.add(form);
                }
            }
        });
    }

    /**
     * The expansions of a span of typed words: each phrase of a synonym or thesaurus group that has the span as another
     * of its phrases, when the analyzer produced its terms; terms no group accounts for (another source of expansions) as
     * forms of their own.
     */
    private static List<HitExplanation.Form> expansionForms(String spanText, List<String> terms, String from, Synonyms synonyms) {
        List<String> input = Synonyms.analyse(spanText);
        List<HitExplanation.Form> forms = new ArrayList<>();
        Set<String> accounted = new HashSet<>();
        List<List<String>> groups = new ArrayList<>(synonyms.groups());
        synonyms.thesaurus().groups().forEach(group -> groups.add(group.phrases()));
        for (List<String> group : groups) {
            List<List<String>> analysed = group.stream().map(Synonyms::analyse).toList();
            if (!analysed.contains(input)) {
                continue;
            }
            for (List<String> phrase : analysed) {
                if (!phrase.isEmpty() && !phrase.equals(input) && terms.containsAll(phrase)
                        && forms.stream().noneMatch(f -> f.terms().equals(phrase))) {
                    forms.add(new HitExplanation.Form(phrase, true, group, from));
                    accounted.addAll(phrase);
                }
            }
        }
        for (String term : terms) {
            if (!accounted.contains(term)) {
                forms.add(new HitExplanation.Form(List.of(term), true, List.of(), from));
            }
        }
        return forms;
    }

    /** The typed word a character offset falls in (or the nearest one before it). */
    private static int wordAt(int[] starts, int[] ends, int offset) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (offset >= starts[i]) {
                return i;
            }
        }
        return 0;
    }

    /** A term in one field of the item, or {@code null} when it is not there. */
    private static HitExplanation.Occurrence occurrence(LeafReader reader, int doc, String field, String term, String stored)
            throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return null;
        }
        TermsEnum iterator = terms.iterator();
        if (!iterator.seekExact(new BytesRef(term))) {
            return null;
        }
        PostingsEnum postings = iterator.postings(null, terms.hasOffsets() ? PostingsEnum.OFFSETS : PostingsEnum.FREQS);
        if (postings.advance(doc) != doc) {
            return null;
        }
        int count = postings.freq();
        Map<String, String> written = new LinkedHashMap<>();
        if (terms.hasOffsets() && stored != null) {
            for (int i = 0; i < count && written.size() < MAX_WRITTEN; i++) {
                postings.nextPosition();
                int start = postings.startOffset();
                int end = postings.endOffset();
                if (start >= 0 && start < end && end <= stored.length()) {
                    String word = stored.substring(start, end);
                    written.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
                }
            }
        }
        return new HitExplanation.Occurrence(field, term, count, List.copyOf(written.values()));
    }

    private static int fieldOrder(Set<String> fields, String field) {
        return new ArrayList<>(fields).indexOf(field);
    }

    /**
     * The item's place among the allowed items the query finds, best first as the search orders them: the first
     * {@value PassageRanking#DEPTH} ranked again by {@link PassageRanking}, the rest in the index's order.
     */
    private static Integer rank(IndexSearcher searcher, Query textQuery, Query scoring, Set<String> allowedKeys, int doc)
            throws IOException {
        ScoreDoc[] top = BestFirst.of(searcher, AccessFilter.restrict(textQuery, allowedKeys), MAX_RANK);
        List<PassageRanking.Ranked> first = PassageRanking.rank(searcher, scoring,
                Arrays.copyOf(top, Math.min(PassageRanking.DEPTH, top.length)));
        for (int i = 0; i < top.length; i++) {
            if ((i < first.size() ? first.get(i).hit() : top[i]).doc == doc) {
                return i + 1;
            }
        }
        return null;
    }

    /**
     * The score of an explanation shared among words (each given as the terms it is looked for as): one value per
     * word, then what no word accounts for.
     */
    static double[] shares(Explanation explanation, List<Set<String>> words) {
        double[] perWord = new double[words.size()];
        double[] other = new double[1];
        attribute(explanation, explanation.getValue().doubleValue(), words, perWord, other);
        double[] shares = Arrays.copyOf(perWord, words.size() + 1);
        shares[words.size()] = other[0];
        return shares;
    }

    /**
     * Shares {@code value} (the part of the score this node gives) among the typed words: a scoring leaf gives it to
     * the words whose terms it names (equally, when several: a phrase), or to {@code other} when it names none.
     */
    private static void attribute(Explanation node, double value, List<Set<String>> words, double[] perWord, double[] other) {
        if (value <= 0) {
            return;
        }
        String description = node.getDescription();
        if (isLeaf(node)) {
            Set<String> named = new HashSet<>(Arrays.asList(NOT_WORD.split(leafQuery(description).toLowerCase(Locale.ROOT))));
            List<Integer> owners = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).stream().anyMatch(named::contains)) {
                    owners.add(i);
                }
            }
            if (owners.isEmpty()) {
                other[0] += value;
            } else {
                owners.forEach(i -> perWord[i] += value / owners.size());
            }
            return;
        }
        List<Explanation> parts = new ArrayList<>();
        for (Explanation detail : node.getDetails()) {
            // a product's factors that name no query (a boost) only scale it: its value goes to the scoring factors
            if (detail.isMatch() && (!description.startsWith("product of") && !description.contains(", product of") || scores(detail))) {
                parts.add(detail);
            }
        }
        if (parts.isEmpty()) {
            other[0] += value;
            return;
        }
        double[] raw = new double[parts.size()];
        int best = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = Math.max(0, parts.get(i).getValue().doubleValue());
            if (raw[i] > raw[best]) {
                best = i;
            }
        }
        if (description.startsWith("max")) { // the best alternative counts; the others as much as the tie-breaker adds
            double others = 0;
            for (int i = 0; i < raw.length; i++) {
                others += i == best ? 0 : raw[i];
            }
            double added = Math.max(0, node.getValue().doubleValue() - raw[best]);
            for (int i = 0; i < raw.length; i++) {
                if (i != best) {
                    raw[i] = others > 0 ? raw[i] * added / others : 0;
                }
            }
        }
        double sum = Arrays.stream(raw).sum();
        if (sum <= 0) {
            other[0] += value;
            return;
        }
        for (int i = 0; i < raw.length; i++) {
            if (!scores(parts.get(i))) {
                other[0] += value * raw[i] / sum;
            } else {
                attribute(parts.get(i), value * raw[i] / sum, words, perWord, other);
            }
        }
    }

    /** A scoring leaf: a query's weight on the item ({@code weight(text:диагностик in 3) [BM25Similarity]…}). */
    private static boolean isLeaf(Explanation node) {
        return node.getDescription().startsWith("weight(");
    }

    /** Whether a node is or holds a scoring leaf. */
    private static boolean scores(Explanation node) {
        if (isLeaf(node)) {
            return true;
        }
        for (Explanation detail : node.getDetails()) {
            if (scores(detail)) {
                return true;
            }
        }
        return false;
    }

    /** The query a leaf names: what is between {@code weight(} and {@code  in <doc>)}. */
    private static String leafQuery(String description) {
        int end = description.lastIndexOf(" in ");
        return description.substring("weight(".length(), end > 0 ? end : description.length());
    }
}
