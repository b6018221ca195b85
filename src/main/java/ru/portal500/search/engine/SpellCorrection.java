package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean": a word of the query that finds no allowed item is replaced by the closest indexed stem (at
 * most two edits, {@link DirectSpellChecker}) that an allowed item has, written as that item writes it (the form
 * closest to the typed word: {@code антирискавой} → stem {@code антирисков} → {@code антирисковой}). Every suggestion is
 * verified against the caller's allowed items, and the decision to suggest is taken on allowed items only:
 * a word that exists only in items the caller may not open is treated exactly like a word that exists nowhere,
 * and is never suggested.
 */
final class SpellCorrection {

    static final int MAX_WORDS_CHECKED = 8;
    private static final int CANDIDATES = 8;
    private static final int DOCUMENTS_READ = 5;
    private static final int FORMS_READ = 20;
    /** A shorter word is never corrected without asking ({@link #sure}): one letter turns it into too many others. */
    static final int SURE_MIN_LETTERS = 5;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellCorrection() {
        checker.setMaxEdits(2);
        checker.setMinQueryLength(4);
        checker.setAccuracy(0.6f);
    }

    Optional<String> correct(IndexSearcher searcher, UserQuery query, Analyzer queryAnalyzer, Set<String> allowedKeys)
            throws IOException {
        return check(searcher, query, queryAnalyzer, allowedKeys).corrected();
    }

    /**
     * The query's words checked one by one (the first {@value #MAX_WORDS_CHECKED}).
     *
     * @param unfound   the words that find no allowed item (stop words are not among them)
     * @param corrected the query with those of them that have a close indexed word replaced, if any has
     */
    record Spelling(List<String> unfound, Optional<String> corrected) {
    }

    Spelling check(IndexSearcher searcher, UserQuery query, Analyzer queryAnalyzer, Set<String> allowedKeys)
            throws IOException {
        String corrected = query.text();
        boolean changed = false;
        List<String> unfound = new ArrayList<>();
        List<String> words = query.words();
        for (int i = 0; i < Math.min(words.size(), MAX_WORDS_CHECKED); i++) {
            String word = words.get(i);
            Query finds = wordQuery(word, queryAnalyzer, BooleanClause.Occur.SHOULD);
            if (finds == null || AccessFilter.anyMatch(searcher, finds, allowedKeys)) {
                continue;
            }
            unfound.add(word);
            Optional<String> replacement = replacement(searcher, word, queryAnalyzer, allowedKeys);
            if (replacement.isPresent()) {
                corrected = replace(corrected, word, replacement.get());
                changed = true;
            }
        }
        return new Spelling(List.copyOf(unfound), changed ? Optional.of(corrected) : Optional.empty());
    }

    /**
     * What a word (or a few words: one of them, or all of them with {@code MUST}) finds in the title or the text,
     * abbreviations and their expansions included; {@code null} when nothing in it is searchable (stop words, signs).
     */
    static Query wordQuery(String word, Analyzer queryAnalyzer, BooleanClause.Occur occur) {
        QueryBuilder builder = new QueryFactory.SynonymWeighingQueryBuilder(queryAnalyzer);
        return QueryFactory.acrossFields(builder.createBooleanQuery(ItemDocuments.TITLE, word, occur),
                builder.createBooleanQuery(ItemDocuments.TEXT, word, occur));
    }

    /**
     * The word to suggest for one that finds nothing: of the indexed stems close to its stem, the first an allowed item
     * has, as that item writes it — provided the word suggested is itself close to the word typed and is one the search
     * looks for. Stems are short and lose the endings, so two edits between stems can be three or more between the words
     * a person reads («провести» → stem «провест», two edits from «прост» of «просто»): the suggestion is checked on the
     * words as typed and as written, with {@link #allowedEdits} (the typos the suggester is there for are one or two
     * letters: «програма», «мативация», «антирискавая»). A word the search leaves out (a stop or question word) finds
     * nothing and is never suggested; the suggestion finds allowed items, the typed word none.
     */
    private Optional<String> replacement(IndexSearcher searcher, String word, Analyzer queryAnalyzer, Set<String> allowedKeys)
            throws IOException {
        List<String> stems = Synonyms.analyse(word);
        if (stems.size() != 1) {
            return Optional.empty();
        }
        String normal = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (String field : QueryFactory.FIELDS) {
            SuggestWord[] candidates = checker.suggestSimilar(new Term(field, stems.get(0)), CANDIDATES,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS);
            for (SuggestWord candidate : candidates) {
                Optional<String> surface = surfaceForm(searcher, new Term(field, candidate.string), normal, allowedKeys)
                        .filter(form -> LevenshteinDistance.edits(form, normal) <= allowedEdits(normal));
                if (surface.isPresent() && finds(searcher, surface.get(), queryAnalyzer, allowedKeys)) {
                    return surface;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a correction is sure enough to be searched instead of the typed words (with a notice and the way back):
     * every word it replaces has at least {@value #SURE_MIN_LETTERS} letters and is one edit from its replacement, as
     * written or by their stems of equal length (the replacement is written as an item writes it, perhaps with another
     * ending: «наставнечество» → «наставничества»). Two edits stay an offer only: among real words they are too often
     * another word («провести» → «просто», «провели»).
     */
    static boolean sure(String typed, String corrected) {
        String[] before = typed.trim().split("\\s+");
        String[] after = corrected.trim().split("\\s+");
        if (before.length != after.length) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < before.length; i++) {
            String word = before[i].toLowerCase(Locale.ROOT).replace('ё', 'е');
            String replacement = after[i].toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (word.equals(replacement)) {
                continue;
            }
            if (word.codePointCount(0, word.length()) < SURE_MIN_LETTERS
                    || LevenshteinDistance.edits(word, replacement) > 1 && stemEdits(word, replacement) > 1) {
                return false;
            }
            changed = true;
        }
        return changed;
    }

    /**
     * The letters changed between the stems of two words when the stems are as long as each other (one stem each), or
     * more than any limit. Only a changed letter counts: a stem one letter longer is too often another word of the
     * same root («травят» → stem «трав», «травли» → «травл»), which the word families join, not a typo.
     */
    private static int stemEdits(String word, String other) {
        List<String> stems = Synonyms.analyse(word);
        List<String> others = Synonyms.analyse(other);
        return stems.size() == 1 && others.size() == 1 && stems.get(0).length() == others.get(0).length()
                ? LevenshteinDistance.edits(stems.get(0), others.get(0)) : Integer.MAX_VALUE;
    }

    /** How many edits a suggestion may be from a typed word: one for a word of up to five letters, two for a longer one. */
    static int allowedEdits(String typed) {
        return typed.codePointCount(0, typed.length()) <= 5 ? 1 : 2;
    }

    /** Whether the word is searched (not a stop word) and finds an allowed item. */
    private static boolean finds(IndexSearcher searcher, String word, Analyzer queryAnalyzer, Set<String> allowedKeys)
            throws IOException {
        Query query = wordQuery(word, queryAnalyzer, BooleanClause.Occur.SHOULD);
        return query != null && AccessFilter.anyMatch(searcher, query, allowedKeys);
    }

    /**
     * How the candidate stem is written in allowed items — of its occurrences in the first few of them (read through
     * the offsets in the postings), the form closest to what was typed — or empty when no allowed item has it.
     */
    private static Optional<String> surfaceForm(IndexSearcher searcher, Term stem, String typed, Set<String> allowedKeys)
            throws IOException {
        TopDocs found = searcher.search(AccessFilter.restrict(new TermQuery(stem), allowedKeys), DOCUMENTS_READ);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ScoreDoc hit : found.scoreDocs) {
            for (String form : forms(searcher, stem, hit.doc)) {
                int distance = LevenshteinDistance.edits(form, typed);
                if (distance < bestDistance) {
                    best = form;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first occurrences of the stem in one item, as written there (lower case, ё → е). */
    private static List<String> forms(IndexSearcher searcher, Term stem, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        String text = searcher.storedFields().document(doc, Set.of(stem.field())).get(stem.field());
        Terms terms = leaf.reader().terms(stem.field());
        if (text == null || terms == null) {
            return List.of();
        }
        TermsEnum iterator = terms.iterator();
        if (!iterator.seekExact(stem.bytes())) {
            return List.of();
        }
        PostingsEnum postings = iterator.postings(null, PostingsEnum.OFFSETS);
        if (postings.advance(doc - leaf.docBase) != doc - leaf.docBase) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < Math.min(postings.freq(), FORMS_READ); i++) {
            postings.nextPosition();
            forms.add(text.substring(postings.startOffset(), postings.endOffset()).toLowerCase(Locale.ROOT).replace('ё', 'е'));
        }
        return forms;
    }

    private static String replace(String text, String word, String replacement) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? text.substring(0, matcher.start()) + replacement + text.substring(matcher.end()) : text;
    }
}
