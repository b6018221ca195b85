package ru.portal500.search.engine;

/**
 * A query read otherwise than typed, because as typed it found nothing (or some of its words found nothing) and the
 * other reading finds items: typed with the Latin layout of a Russian keyboard on ({@code ryjgrf} → {@code кнопка}),
 * or a Russian word written in Latin letters ({@code shnor} → {@code шнор}, {@code VPR} → {@code ВПР}), or misspelt by
 * one letter ({@code програма} → {@code программа}). The result is
 * that of {@code searched}; searching {@code typed} again with {@link SearchRequest.Builder#asTyped(boolean)} gives the
 * result as typed.
 *
 * @param typed    the query as typed
 * @param searched the query searched instead
 * @param how      how it was read
 */
public record QueryReading(String typed, String searched, How how) {

    /** How a query was read. */
    public enum How {
        /** Typed with the other layout of the keyboard on. */
        KEYBOARD_LAYOUT,
        /** Russian words written in Latin letters, read back by sound. */
        TRANSLITERATION,
        /** Some words one way, some the other. */
        MIXED,
        /**
         * Misspelt: each word that found nothing is one letter away from a word the items have ({@code наставнечество}
         * → {@code наставничество}); a word two letters away is only offered ({@link SearchResult#didYouMean()}).
         */
        SPELLING
    }
}
