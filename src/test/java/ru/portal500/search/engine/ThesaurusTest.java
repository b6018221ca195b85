package ru.portal500.search.engine;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The domain thesaurus: where each group comes from, and a synonym that finds the other wording but counts less than the word typed. */
class ThesaurusTest {

    private static final Set<String> ALL = Set.of("public");
    /** A source names a seed document, the domain's description or issue 15, and quotes or places what it cites. */
    private static final Pattern SOURCE = Pattern.compile("(seed 00[0-4]|domain\\.md|issue 15).*");

    @Test
    void everyGroupSaysWhereItComesFrom() throws IOException {
        List<String> lines = resourceLines();
        int groups = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            groups++;
            String above = i == 0 ? "" : lines.get(i - 1).strip();
            assertTrue(above.startsWith(Thesaurus.SOURCE_PREFIX), "line " + (i + 1) + " has no source line above it: " + line);
            String source = above.substring(Thesaurus.SOURCE_PREFIX.length()).strip();
            assertTrue(SOURCE.matcher(source).find(), "line " + (i + 1) + ": the source names no seed, domain.md or issue 15: " + source);
        }
        assertEquals(groups, Thesaurus.builtIn().groups().size());
        assertTrue(groups >= 40 && groups <= 80, "groups: " + groups);
        Thesaurus.builtIn().groups().forEach(g -> assertFalse(g.source().isBlank(), g.phrases().toString()));
    }

    @Test
    void aGroupWithoutASourceIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Thesaurus.parse(new BufferedReader(new StringReader(
                "# source: seed 003, §5.3.2\nтравля | буллинг\n\n# a comment is not a source\nродители | законные представители\n")), "test"));
        assertTrue(e.getMessage().contains("test:5"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Thesaurus.parse(new BufferedReader(new StringReader(
                "# source: domain.md\nшкола | школы\n")), "test"), "phrases that are one once analysed are not a group");
    }

    @Test
    void aThesaurusWordFindsTheOtherWordingButRanksBelowTheWordTyped() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.upsert(Items.practice(1, "Профилактика", "Профилактика буллинга в основной школе."));
            index.upsert(Items.practice(2, "Профилактика", "Профилактика травли в основной школе."));
            index.commit();
            assertEquals(List.of("practice:2", "practice:1"), ids(index, "травля"));
            assertEquals(List.of("practice:1", "practice:2"), ids(index, "буллинг"));
            assertEquals(List.of("practice:2", "practice:1"), ids(index, "травлю подростков"), "any word form");
        }
    }

    @Test
    void aMultiWordPhraseFindsItsOtherWordingBothWays() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.upsert(Items.practice(1, "Кабинеты", "Обновили материально-техническую базу кабинетов химии."));
            index.upsert(Items.practice(2, "Кабинеты", "Закупили оборудование для кабинетов химии."));
            index.upsert(Items.practice(3, "Язык", "Уроки для обучающихся, для которых русский язык является неродным."));
            index.upsert(Items.practice(4, "Язык", "Уроки для детей мигрантов."));
            index.upsert(Items.practice(5, "Прочее", "Отчёт о работе библиотеки."));
            index.commit();
            assertEquals(List.of("practice:2", "practice:1"), ids(index, "оборудование кабинетов"));
            assertEquals(List.of("practice:1", "practice:2"), ids(index, "материально-технической базы кабинетов"));
            assertEquals(List.of("practice:1", "practice:2"), ids(index, "материально техническая база"), "the hyphen written apart");
            assertEquals(List.of("practice:4", "practice:3"), ids(index, "дети мигрантов"));
            assertEquals(List.of("practice:3", "practice:4"), ids(index, "русский язык неродной"));
        }
    }

    @Test
    void wordsTypedThatBeginAThesaurusPhraseAreStillFoundOneByOne() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.upsert(Items.practice(1, "Собрания", "Родители приходят на собрания в сельской школе."));
            index.upsert(Items.practice(2, "Семья", "Взаимодействие с родителями в сельской школе."));
            index.upsert(Items.practice(3, "Библиотека", "Работа библиотеки."));
            index.commit();
            List<String> found = ids(index, "работа с родителями в сельской школе");
            assertEquals(Set.of("practice:1", "practice:2", "practice:3"), Set.copyOf(found), "each word typed finds on its own");
            assertEquals("practice:2", found.get(0), "the thesaurus's phrase and the other words");
        }
        Query query = QueryFactory.build(UserQuery.parse("работа с родителями"), Synonyms.builtIn().queryAnalyzer());
        assertTrue(query.toString().contains("(text:работ text:родител)"), query.toString());
        Query abbreviation = QueryFactory.build(UserQuery.parse("школы с низкими образовательными результатами"), Synonyms.builtIn().queryAnalyzer());
        assertTrue(abbreviation.toString().contains("(+text:школ +text:низк +text:образовательн +text:результат)^0.25"),
                "a typed expansion of an abbreviation stays one word: " + abbreviation);
    }

    @Test
    void aSynonymCountsTheThesaurusWeightOfTheWordTyped() {
        Query query = QueryFactory.build(UserQuery.parse("травля"), Synonyms.builtIn().queryAnalyzer());
        assertTrue(query.toString().contains("Synonym(text:буллинг^0.5 text:кибербуллинг^0.5 text:моббинг^0.5 text:травл)"), query.toString());
        Query multi = QueryFactory.build(UserQuery.parse("мигранты"), Synonyms.builtIn().queryAnalyzer());
        assertTrue(multi.toString().contains("(+(text:русск)^0.5 +(text:язык)^0.5 +(text:неродн)^0.5)^0.33333334"), multi.toString());
        Query heavier = QueryFactory.build(UserQuery.parse("травля"), Synonyms.builtIn().withThesaurusWeight(0.75f).queryAnalyzer());
        assertTrue(heavier.toString().contains("text:буллинг^0.75"), heavier.toString());
    }

    @Test
    void abbreviationsAndARegionsGroupsStayEquivalences() {
        Synonyms regional = Synonyms.builtIn().with(List.<String[]>of(new String[]{"травля", "издевательства"}));
        Query query = QueryFactory.build(UserQuery.parse("травля"), regional.queryAnalyzer());
        assertTrue(query.toString().contains("text:издевательств text:кибербуллинг^0.5"), query.toString());
        Query abbreviation = QueryFactory.build(UserQuery.parse("ВПР"), Synonyms.builtIn().queryAnalyzer());
        assertFalse(abbreviation.toString().contains("^0.5"), abbreviation.toString());
    }

    @Test
    void theMatchedGroupsNameTheirSource() {
        List<Synonyms.Matched> matched = Synonyms.builtIn().matched("травлю и буллинг у детей мигрантов, ШНОР");
        List<Synonyms.Origin> origins = new ArrayList<>(matched.stream().map(Synonyms.Matched::origin).toList());
        assertTrue(origins.contains(Synonyms.Origin.ABBREVIATIONS), matched.toString());
        Synonyms.Matched bullying = matched.stream().filter(m -> m.phrases().contains("буллинг")).findFirst().orElseThrow();
        assertEquals(Synonyms.Origin.THESAURUS, bullying.origin());
        assertTrue(bullying.source().contains("issue 15"), bullying.source());
        assertEquals(Synonyms.THESAURUS_WEIGHT, bullying.weight());
        assertTrue(matched.stream().anyMatch(m -> m.phrases().contains("мигранты")), matched.toString());
        Synonyms regional = Synonyms.builtIn().with(List.<String[]>of(new String[]{"ЦОКО", "центр оценки качества образования"}));
        assertEquals(Synonyms.Origin.REGION, regional.matched("цоко").get(0).origin());
    }

    private static List<String> ids(SearchIndex index, String query) {
        return index.search(SearchRequest.builder(query, ALL).page(0, 10).build()).hits().stream().map(SearchHit::id).toList();
    }

    private static List<String> resourceLines() throws IOException {
        try (InputStream in = Thesaurus.class.getResourceAsStream("thesaurus-ru.txt")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }
}
