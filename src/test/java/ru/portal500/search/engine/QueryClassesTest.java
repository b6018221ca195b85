package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classes of queries the engine failed on unseen queries (issue 15), each searched over a few items: what the
 * chain must do with question words, derivational families, set phrases and hyphen spellings.
 */
class QueryClassesTest {

    private static final Set<String> PUBLIC = Set.of("public");

    @Test
    void questionWordsDoNotDecideTheContentWordsDo() throws IOException {
        try (SearchIndex index = index(
                Items.practice(1, "Кому нужны дежурства и сколько раз в неделю", "Почему должны дежурить все, какие бывают графики и кто их делает: нужно ли это."),
                Items.practice(2, "Наставничество", "Каждому молодому педагогу назначен наставник из опытных учителей."))) {
            assertEquals(List.of("practice:2"), ids(index, "зачем нужен наставник"));
            assertEquals(List.of("practice:2"), ids(index, "какие бывают наставники и сколько их нужно"));
            assertEquals(List.of("practice:2"), ids(index, "кто должен быть наставником"));
            assertEquals(List.of("practice:1"), ids(index, "\"почему должны дежурить\""), "a quoted phrase reads as the text does");
        }
    }

    @Test
    void aQueryOfQuestionWordsOnlyHasNothingToSearchFor() throws IOException {
        try (SearchIndex index = index(Items.practice(1, "Почему и зачем", "Какие бывают ответы, сколько их нужно и кто их даёт."))) {
            for (String query : List.of("зачем нужен", "какие бывают", "сколько нужно", "почему", "что делать")) {
                SearchResult result = search(index, query);
                assertEquals(0, result.totalHits(), query);
                assertTrue(result.notices().contains(QueryNotice.STOP_WORDS_ONLY), query + ": " + result.notices());
            }
        }
    }

    @Test
    void aVerbFindsTheNounOfItsRootAndTheNounTheVerb() throws IOException {
        try (SearchIndex index = index(
                Items.practice(1, "Диагностика рисков", "Провели диагностику профессиональных дефицитов учителей."),
                Items.practice(2, "Аттестация педагогов", "График аттестации на год."),
                Items.practice(3, "Родители и школа", "Мы будем анкетировать родителей каждую четверть."),
                Items.practice(4, "Бюджет", "Школа финансирует кружки из внебюджетных средств."),
                Items.practice(5, "Кураторы", "Школа-куратор курирует две школы района."),
                Items.practice(6, "Контроль", "Мониторинг выполнения дорожной карты дважды в год."))) {
            assertEquals(List.of("practice:1"), ids(index, "как диагностировать"));
            assertEquals(List.of("practice:2"), ids(index, "когда аттестовать"));
            assertEquals(List.of("practice:3"), ids(index, "анкетирование"));
            assertEquals(List.of("practice:4"), ids(index, "финансирование кружков"));
            assertEquals(List.of("practice:5"), ids(index, "курирование"));
            assertEquals(List.of("practice:6"), ids(index, "мониторить"));
        }
    }

    @Test
    void aPrefixFindsTheWordsOfTheFamiliesItBegins() throws IOException {
        try (SearchIndex index = index(
                Items.practice(1, "Диагностирование дефицитов", "Школа диагностирует профессиональные дефициты учителей."),
                Items.practice(2, "Диагностика рисков", "Провели диагностику."),
                Items.practice(3, "Аттестация педагогов", "Педагоги аттестуются по графику."),
                Items.practice(4, "Родители", "Анкетирование родителей каждую четверть."))) {
            // «диагностир…» are the verb and its noun in -ирование: the family's members, indexed as «диагностик»
            assertEquals(List.of("practice:1", "practice:2"), sorted(ids(index, "диагностир*")));
            assertEquals(List.of("practice:1", "practice:2"), sorted(ids(index, "диагн*")));
            assertEquals(List.of("practice:3"), ids(index, "аттест*"));
            assertEquals(List.of("practice:4"), ids(index, "анкетир*"));
            HitExplanation why = index.explain(SearchRequest.builder("диагностир*", PUBLIC).build(), "practice:1").orElseThrow();
            assertEquals(List.of("Диагностирование", "диагностирует"), why.words().get(0).occurrences().stream()
                    .flatMap(o -> o.written().stream()).toList(), "Why found names the family's words the prefix found");
        }
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    @Test
    void didYouMeanSuggestsOnlyACloseWordThatFinds() throws IOException {
        try (SearchIndex index = index(
                Items.practice(1, "ВСОКО в малой школе: просто и по делу", "Система оценки в малой школе должна быть простой."),
                Items.practice(2, "Мотивация учащихся", "Наставничество и мотивация."))) {
            assertEquals(java.util.Optional.empty(), search(index, "провести").didYouMean(),
                    "«просто» is two edits from «провести» by their stems, three by the words");
            assertEquals(java.util.Optional.empty(), search(index, "как провести анкетирование").didYouMean());
            assertEquals(java.util.Optional.empty(), search(index, "провести").readAs(), "nor searched instead");
            assertEquals(java.util.Optional.of("мотивация"), index.search(SearchRequest.builder("мотивацея", PUBLIC).asTyped(true)
                    .build()).didYouMean());
        }
    }

    @Test
    void aWordOneLetterOffIsSearchedCorrectedTwoLettersOffOnlyOffered() throws IOException {
        try (SearchIndex index = index(
                Items.practice(1, "Мотивация учащихся", "Наставничество и мотивация."),
                Items.practice(2, "Антирисковая программа", "Программа по рискам."))) {
            SearchResult oneOff = search(index, "наставнечество");
            assertEquals(new QueryReading("наставнечество", "наставничество", QueryReading.How.SPELLING), oneOff.readAs().orElseThrow());
            assertEquals(List.of("practice:1"), oneOff.hits().stream().map(SearchHit::id).toList());
            SearchResult twoWords = search(index, "антирискавая програма");
            assertEquals("антирисковая программа", twoWords.readAs().orElseThrow().searched());
            assertEquals("practice:2", twoWords.hits().get(0).id());
            SearchResult twoOff = search(index, "мативацея");
            assertTrue(twoOff.readAs().isEmpty(), "two letters off is not searched without asking: " + twoOff.readAs());
            assertEquals(java.util.Optional.of("мотивация"), twoOff.didYouMean());
            // one letter off by the stem, though the items write the word with another ending
            try (SearchIndex other = index(Items.practice(3, "Школа наставничества", "Опыт наставничества в малой школе."))) {
                assertEquals("наставничества", search(other, "наставнечество").readAs().orElseThrow().searched());
                assertTrue(search(other, "провести").readAs().isEmpty(), "«провели»-like offers stay offers");
            }
            try (SearchIndex other = index(Items.practice(4, "Травля в классе", "Как остановить травли в классе."))) {
                assertTrue(search(other, "травят").readAs().isEmpty(), "a real word one letter off by a longer stem is not a typo");
            }
            SearchResult cut = search(index, "наставнечество " + "мотивация ".repeat(40));
            assertEquals(QueryReading.How.SPELLING, cut.readAs().orElseThrow().how());
            assertTrue(cut.notices().contains(QueryNotice.TRUNCATED), "a long query still says it was cut: " + cut.notices());
            SearchResult shortWord = search(index, "рикс");
            assertTrue(shortWord.readAs().isEmpty(), "a word of four letters is never corrected without asking");
        }
    }

    @Test
    void aStemBelongsToOneFamilyOnly() {
        assertEquals(Tokens.of(RussianAnalysis.index(), "диагностика"), Tokens.of(RussianAnalysis.index(), "диагностирует"));
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> RussianAnalysis.families(List.of("оценка оценивать", "оценивание оценивать")));
        assertTrue(twice.getMessage().contains("оценива"), twice.getMessage());
    }

    @Test
    void aSetPhraseDoesNotMatchItsParts() throws IOException {
        try (SearchIndex index = index(
                Items.practice(1, "Мероприятия", "В рамках проекта и в целях повышения качества, с учётом рекомендаций и на основании приказа, по итогам года."),
                Items.practice(2, "Рамки оценивания", "Рамка оценивания показывает учителю цели урока."),
                Items.practice(3, "Учет достижений", "Учёт достижений учеников ведётся в портфолио."))) {
            assertEquals(List.of("practice:2"), ids(index, "рамки"));
            assertEquals(List.of("practice:2"), ids(index, "цели урока"));
            assertEquals(List.of("practice:3"), ids(index, "учет"));
            assertEquals(List.of(), ids(index, "основание"));
            assertEquals(List.of(), ids(index, "итоги"));
            assertEquals(List.of("practice:1"), ids(index, "проект"), "the words around a phrase stay");
            assertEquals(List.of("practice:1"), ids(index, "\"в рамках проекта\""), "a quoted phrase with a set phrase reads as the text does");
        }
    }

    @Test
    void aSetPhraseGoesAsAUnitWithoutAHole() {
        Analyzer chain = RussianAnalysis.index();
        assertEquals(List.of("проект@0", "школ@1"), Tokens.of(chain, "в рамках проекта школы"));
        assertEquals(List.of("проект@0", "план@1", "школ@2"), Tokens.of(chain, "проекта в соответствии с планом школы"));
        assertEquals(List.of("урок@0"), Tokens.of(chain, "в целях урока"));
        assertEquals(List.of(), Tokens.of(chain, "с учётом"));
        assertEquals(List.of("рамк@0"), Tokens.of(chain, "рамках"));
        assertEquals(List.of("соответств@0"), Tokens.of(chain, "в соответствии"), "a phrase cut short is words");
        assertEquals(List.of("ученик@0"), Tokens.of(chain, "с учениками"), "the words read ahead are given back");
        assertEquals(List.of("класс@0", "учител@1"), Tokens.of(chain, "в том классе учителя"));
        assertEquals(List.of("проект@0"), Tokens.of(chain, "в в рамках проекта"));
        assertEquals(List.of("год@0", "проект@1"), Tokens.of(chain, "в течение года, в рамках проекта"));
        assertEquals(List.of("школ@0"), Tokens.of(chain, "таким образом школа"), "a phrase whose first word is no stop word");
        assertEquals(2, Tokens.of(chain, "таким путём").size(), "its first word given back when no phrase follows");
        assertEquals(List.of("соответств@0", "план@1"), Tokens.of(chain, "в соответствии планом"), "a long phrase cut short");
    }

    /** Every spelling of a compound finds every other, in both directions, inflected too. */
    @Test
    void aHyphenatedWordFindsItsOtherSpellings() throws IOException {
        List<String> spellings = List.of("онлайн-урок", "онлайн урок", "онлайнурок", "онлайн-уроке", "онлайн-уроков", "онлайн уроки",
                "онлайнуроках", "видеоурок", "видео-урок", "видео урок");
        List<String> missed = new ArrayList<>();
        for (String text : spellings) {
            try (SearchIndex index = index(Items.practice(1, "Опыт", "Провели " + text + " для родителей."),
                    Items.practice(2, "Опыт", "Провели урок для родителей онлайн."),
                    Items.practice(3, "Опыт", "Провели собрание для родителей."))) {
                for (String query : spellings) {
                    if (query.startsWith("видео") == text.startsWith("видео")
                            && !"practice:1".equals(ids(index, query).stream().findFirst().orElse(null))) {
                        missed.add("«" + query + "» → «" + text + "»");
                    }
                }
            }
        }
        assertEquals(List.of(), missed, "queries whose first hit is not the text they spell");
    }

    @Test
    void onlyAKnownFirstPartWithEnoughLettersAfterItIsSplit() {
        Analyzer chain = RussianAnalysis.index();
        assertEquals(List.of("онлайнурок@0", "онлайн@0", "урок@1"), Tokens.of(chain, "онлайнуроках"));
        assertEquals(Tokens.of(chain, "видео-наблюдение"), Tokens.of(chain, "видеонаблюдение"));
        assertEquals(List.of("онлайн@0"), Tokens.of(chain, "онлайном"), "too few letters after the part");
        assertEquals(List.of("медиац@0"), Tokens.of(chain, "медиациях"), "an exception");
        assertEquals(List.of("мастерск@0"), Tokens.of(chain, "мастерская"), "not a known part");
    }

    static SearchIndex index(IndexedItem... items) throws IOException {
        SearchIndex index = SearchIndex.inMemory();
        for (IndexedItem item : items) {
            index.upsert(item);
        }
        index.commit();
        return index;
    }

    static SearchResult search(SearchIndex index, String query) {
        return index.search(SearchRequest.builder(query, PUBLIC).page(0, 10).build());
    }

    static List<String> ids(SearchIndex index, String query) {
        return search(index, query).hits().stream().map(SearchHit::id).toList();
    }
}
