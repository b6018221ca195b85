package ru.portal500.search.engine;

import java.util.List;

/**
 * Why an item is found by a search, or why not: per word the person typed, what the search looked for (its stem, the
 * other forms and the synonyms the query's analysis added), where in the item those were found and as which words of
 * its text, and how much each word gave to the item's score. A word that found nothing in the item is what tells a
 * regional operator that a synonym is missing. See {@link SearchIndex#explain(SearchRequest, String)}.
 *
 * @param itemId the item's id
 * @param title  the item's title, plain text
 * @param rank   the item's place in the results of the query (from 1), or {@code null} when it is not among the
 *               first {@value #MAX_RANK} or not found at all
 * @param score  the item's score for the query (0 when the query does not find it)
 * @param words  the typed words, in the order typed
 * @param other  the part of the score that no typed word accounts for (0 for the portal's queries)
 * @param readAs when the search reads the typed words otherwise (the other keyboard layout, Latin letters: see
 *               {@link SearchResult#readAs()}), that reading, which is what is explained ({@code words} are its words);
 *               {@code null} when the words are explained as typed
 */
public record HitExplanation(String itemId, String title, Integer rank, float score, List<Word> words, float other,
                             QueryReading readAs) {

    public HitExplanation {
        words = List.copyOf(words);
    }

    /** This explanation, of a reading of the typed words. */
    HitExplanation of(QueryReading reading) {
        return new HitExplanation(itemId, title, rank, score, words, other, reading);
    }

    /** Whether the query finds the item at all. */
    public boolean found() {
        return score > 0;
    }

    /** The typed words that found nothing in the item (a stop word is not among them: it is not looked for). */
    public List<Word> unmatched() {
        return words.stream().filter(w -> w.searched() && !w.matched()).toList();
    }

    /**
     * One typed word.
     *
     * @param typed       as typed (a prefix with its {@code *})
     * @param kind        a plain word, a word of a quoted phrase, or a prefix
     * @param forms       what the search looks for: the word's own forms first, then the expansions
     * @param occurrences where the item has them: per field and indexed term, how often and as which words
     * @param score       the word's part of the item's score
     * @param share       that part as a fraction of the score (0–1; 0 when the item is not found)
     */
    public record Word(String typed, Kind kind, List<Form> forms, List<Occurrence> occurrences, float score, double share) {

        public Word {
            forms = List.copyOf(forms);
            occurrences = List.copyOf(occurrences);
        }

        /** Whether the search looks for the word at all (a stop word, a question word: no). */
        public boolean searched() {
            return !forms.isEmpty();
        }

        /** Whether any of its forms or synonyms is in the item. */
        public boolean matched() {
            return !occurrences.isEmpty();
        }

        /** The occurrences in one field. */
        public List<Occurrence> in(String field) {
            return occurrences.stream().filter(o -> o.field().equals(field)).toList();
        }
    }

    /** How a word was typed. */
    public enum Kind {
        WORD, PHRASE_WORD, PREFIX
    }

    /**
     * A form the search looks for.
     *
     * @param terms     the indexed terms (stems): one, or several for an expansion of several words
     * @param expansion whether the query's analysis added it (a synonym, an abbreviation's expansion, a related word)
     *                  rather than it being the typed word's own stem
     * @param group     the synonym group that gave it, as written in the list ({@code []} when not a group's, or
     *                  when the list cannot tell)
     * @param from      the typed words it replaces when they are more than this one ({@code null} otherwise)
     */
    public record Form(List<String> terms, boolean expansion, List<String> group, String from) {

        public Form {
            terms = List.copyOf(terms);
            group = List.copyOf(group);
        }

        /** The terms as one phrase. */
        public String text() {
            return String.join(" ", terms);
        }
    }

    /**
     * A term of a word in one field of the item.
     *
     * @param field   the index field ({@code title}, {@code text}…)
     * @param term    the indexed term
     * @param count   how many times
     * @param written the words of the field it stands for, as written there (distinct, at most
     *                {@value HitExplanations#MAX_WRITTEN})
     */
    public record Occurrence(String field, String term, int count, List<String> written) {

        public Occurrence {
            written = List.copyOf(written);
        }
    }

    /** Beyond this place in the results the rank is not looked for. */
    public static final int MAX_RANK = 1000;

    /** The field of the title. */
    public static final String TITLE = ItemDocuments.TITLE;
    /** The field of the text. */
    public static final String TEXT = ItemDocuments.TEXT;
}
