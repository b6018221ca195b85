package ru.portal500.search.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FocusedSnippetTest {

    private static PassageRanking.Focus focus(String text, String... words) {
        java.util.List<int[]> at = new java.util.ArrayList<>();
        for (String word : words) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                at.add(new int[]{i, i + word.length()});
            }
        }
        at.sort(java.util.Comparator.comparingInt(o -> o[0]));
        return new PassageRanking.Focus(at.stream().mapToInt(o -> o[0]).toArray(), at.stream().mapToInt(o -> o[1]).toArray());
    }

    @Test
    void theWordsAreMarkedAndTheRestEscapedAndCutBetweenWords() {
        String filler = "Прочие сведения о школе и её работе в минувшем году. ".repeat(8);
        String text = filler + "Наставничество <молодых> педагогов & их адаптация в коллективе. " + filler;
        String snippet = FocusedSnippet.of(text, focus(text, "Наставничество", "педагогов"));
        assertTrue(snippet.contains("<mark>Наставничество</mark> &lt;молодых&gt; <mark>педагогов</mark> &amp; их"), snippet);
        String plain = snippet.replace("<mark>", "").replace("</mark>", "");
        assertTrue(plain.length() <= HitReader.PASSAGE_CHARS + 40, plain.length() + ": " + plain);
        String shown = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        int at = text.indexOf(shown);
        assertTrue(at >= 0, "a piece of the text, in order: " + plain);
        assertTrue(at == 0 || Character.isWhitespace(text.charAt(at - 1)), "begins with a word: " + plain);
        int end = at + shown.length();
        assertTrue(end == text.length() || Character.isWhitespace(text.charAt(end)), "ends with a word: " + plain);
    }

    @Test
    void twoRunsFarApartAreTwoPiecesInTheOrderOfTheText() {
        String filler = "Иные сведения о порядке работы и отчётности. ".repeat(10);
        String text = "Мониторинг проводится дважды. " + filler + "Итоги мониторинга обсуждаются с родителями. " + filler;
        String snippet = FocusedSnippet.of(text, focus(text, "Мониторинг", "мониторинга"));
        int first = snippet.indexOf("<mark>Мониторинг</mark>");
        int second = snippet.indexOf("<mark>мониторинга</mark>");
        assertTrue(first >= 0 && second > first, snippet);
        assertTrue(snippet.substring(first, second).contains(" … "), "the pieces apart: " + snippet);
    }

    @Test
    void aSnippetStartsWithAWordNotWithTheSentenceBeforesPunctuation() {
        assertEquals("Методические объединения", HitReader.withoutLeadingPunctuation(". Методические объединения"));
        assertEquals("логопед и учитель", HitReader.withoutLeadingPunctuation(", логопед и учитель"));
        assertEquals("кейс о работе", HitReader.withoutLeadingPunctuation("» кейс о работе"));
        assertEquals("«Точка роста»", HitReader.withoutLeadingPunctuation("«Точка роста»"), "an opening quote stays");
        assertEquals("<mark>ВПР</mark>: итоги", HitReader.withoutLeadingPunctuation("— <mark>ВПР</mark>: итоги"));
    }

    @Test
    void nothingToShowIsNull() {
        assertNull(FocusedSnippet.of(null, new PassageRanking.Focus(new int[]{0}, new int[]{3})));
        assertNull(FocusedSnippet.of("abc", new PassageRanking.Focus(new int[]{10}, new int[]{13})), "occurrences past the text's end");
        assertEquals("<mark>abc</mark>", FocusedSnippet.of("abc", new PassageRanking.Focus(new int[]{0}, new int[]{3})));
    }
}
