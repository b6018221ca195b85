package ru.portal500.search.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long text ranks by its best passage as much as by its whole, and shows that passage as its snippet. */
class PassageRankingTest {

    private static final Set<String> ALL = Set.of("public", Items.ATKARSK_SCHOOL, Items.SURGUT_SCHOOL);

    /** Forty paragraphs of a programme about other things, each of different words. */
    private static String pages(int paragraphs) {
        String[] topics = {"Школа проводит родительские собрания по четвергам и ведёт сайт с расписанием кружков.",
                "Библиотека пополняет фонд художественной литературы и проводит читательские конференции.",
                "Спортивный зал открыт для секций волейбола, баскетбола и настольного тенниса после уроков.",
                "Столовая организует горячее питание, меню согласовано с управлением, дежурят классы по графику."};
        return IntStream.range(0, paragraphs).mapToObj(i -> topics[i % topics.length] + " Пункт " + (i + 1) + ".")
                .collect(Collectors.joining("\n\n"));
    }

    private static List<String> ids(SearchIndex index, String query) {
        return index.search(SearchRequest.builder(query, ALL).build()).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aLongProgrammeIsNotLostOnlyByItsLength() throws java.io.IOException {
        String dense = "Раздел 5. Наставничество молодых педагогов. Наставничество молодых педагогов оформлено приказом: "
                + "у каждого молодого педагога есть наставник из опытных педагогов. Наставник посещает уроки молодого "
                + "педагога, молодые педагоги посещают уроки наставника. Итоги наставничества молодых педагогов "
                + "обсуждают на методическом совете.";
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.upsert(Items.surgutDocument(1, "Программа развития школы", pages(60) + "\n\n" + dense + "\n\n" + pages(60)));
            index.upsert(Items.practice(2, "Методический день", "На методическом дне говорили о многом: о расписании, "
                    + "о кружках, о питании, немного о наставничестве и о том, что молодых педагогов в школе двое. " + pages(2)));
            index.commit();

            List<String> found = ids(index, "наставничество молодых педагогов");
            assertEquals("document:1", found.get(0), found.toString());
            String snippet = index.search(SearchRequest.builder("наставничество молодых педагогов", ALL).build()).hits().get(0).snippet();
            assertTrue(snippet.contains("<mark>наставник</mark>") || snippet.contains("<mark>Наставничество</mark>"), snippet);
            assertFalse(snippet.contains("Пункт 1."), "the snippet is the best passage, not the beginning: " + snippet);
        }
    }

    @Test
    void aLongProgrammeDoesNotWinOnlyByItsLength() throws java.io.IOException {
        String[] words = {"мониторинг", "адаптации", "первоклассников"};
        StringBuilder scattered = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            scattered.append(pages(1)).append(i % 10 == 0 ? " Упомянем " + words[(i / 10) % 3] + "." : "").append("\n\n");
        }
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.upsert(Items.surgutDocument(1, "Программа развития школы", scattered.toString()));
            index.upsert(Items.practice(2, "Мониторинг адаптации первоклассников", "Психолог проводит мониторинг адаптации "
                    + "первоклассников в сентябре и в декабре, итоги обсуждают с учителями и родителями."));
            index.commit();

            assertEquals(List.of("practice:2", "document:1"), ids(index, "мониторинг адаптации первоклассников"));
        }
    }

    @Test
    void theOrderIsTheSameWhateverThePagesSize() throws java.io.IOException {
        JudgedSet set = JudgedSet.load();
        try (SearchIndex index = SearchIndex.inMemory()) {
            for (IndexedItem item : set.items()) {
                index.upsert(item);
            }
            index.commit();
            for (String query : List.of("наставничество молодых педагогов", "ШНОР", "работа с родителями")) {
                List<String> fifty = index.search(SearchRequest.builder(query, set.allKeys()).page(0, 50).build())
                        .hits().stream().map(SearchHit::id).toList();
                assertTrue(fifty.size() > 25, query + ": " + fifty.size());
                for (int offset = 0; offset < 40; offset += 10) {
                    List<String> page = index.search(SearchRequest.builder(query, set.allKeys()).page(offset, 10).build())
                            .hits().stream().map(SearchHit::id).toList();
                    assertEquals(fifty.subList(offset, Math.min(fifty.size(), offset + 10)), page, query + ", from " + offset);
                }
            }
        }
    }

    @Test
    void aShortTextKeepsItsWholeScoreAndItsOwnSnippet() throws java.io.IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.upsert(Items.practice(1, "Наставничество", "Наставник и молодой педагог работают в паре весь год."));
            index.commit();
            SearchHit hit = index.search(SearchRequest.builder("молодой педагог", ALL).build()).hits().get(0);
            assertTrue(hit.snippet().contains("<mark>молодой</mark> <mark>педагог</mark>"), hit.snippet());
        }
    }
}
