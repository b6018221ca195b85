package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean": a word of the query that finds no allowed item is replaced by the closest indexed stem (at
 * most two edits, {@link DirectSpellChecker}) that finds one, given back the word's own ending
 * ({@code антирискавой} → stem {@code антирискав} → {@code антирисков} + {@code ой}). Every suggestion is
 * verified against the caller's allowed items, and the decision to suggest is taken on allowed items only:
 * a word that exists only in items the caller may not open is treated exactly like a word that exists nowhere,
 * and is never suggested.
 */
final class SpellCorrection {

    static final int MAX_WORDS_CHECKED = 8;
    private static final int CANDIDATES = 8;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellCorrection() {
        checker.setMaxEdits(2);
        checker.setMinQueryLength(4);
        checker.setAccuracy(0.6f);
    }

    Optional<String> correct(IndexSearcher searcher, UserQuery query, Analyzer queryAnalyzer, Set<String> allowedKeys)
            throws IOException {
        String corrected = query.text();
        boolean changed = false;
        QueryBuilder builder = new QueryFactory.SynonymWeighingQueryBuilder(queryAnalyzer);
        List<String> words = query.words();
        for (int i = 0; i < Math.min(words.size(), MAX_WORDS_CHECKED); i++) {
            String word = words.get(i);
            Query finds = QueryFactory.acrossFields(builder.createBooleanQuery(ItemDocuments.TITLE, word),
                    builder.createBooleanQuery(ItemDocuments.TEXT, word));
            if (finds == null || AccessFilter.anyMatch(searcher, finds, allowedKeys)) {
                continue;
            }
            Optional<String> replacement = replacement(searcher, word, allowedKeys);
            if (replacement.isPresent()) {
                corrected = replace(corrected, word, replacement.get());
                changed = true;
            }
        }
        return changed ? Optional.of(corrected) : Optional.empty();
    }

    private Optional<String> replacement(IndexSearcher searcher, String word, Set<String> allowedKeys) throws IOException {
        List<String> stems = Synonyms.analyse(word);
        if (stems.size() != 1) {
            return Optional.empty();
        }
        String stem = stems.get(0);
        String normal = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        String ending = normal.startsWith(stem) ? normal.substring(stem.length()) : "";
        for (String field : QueryFactory.FIELDS) {
            SuggestWord[] candidates = checker.suggestSimilar(new Term(field, stem), CANDIDATES,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS);
            for (SuggestWord candidate : candidates) {
                Optional<String> surface = surface(candidate.string, ending);
                if (surface.isPresent()
                        && AccessFilter.anyMatch(searcher, new TermQuery(new Term(field, candidate.string)), allowedKeys)) {
                    return surface;
                }
            }
        }
        return Optional.empty();
    }

    /** A word whose stem is the candidate: the candidate with the typed ending, or the candidate itself. */
    private static Optional<String> surface(String candidate, String ending) {
        for (String form : List.of(candidate + ending, candidate)) {
            if (Synonyms.analyse(form).equals(List.of(candidate))) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    private static String replace(String text, String word, String replacement) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? text.substring(0, matcher.start()) + replacement + text.substring(matcher.end()) : text;
    }
}
