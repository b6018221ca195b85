package ru.portal500.search.engine;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query the facet counting runs matches exactly what the search query matches, with fewer and flatter clauses. */
class MatchingQueryTest {

    private static final List<String> MORE_QUERIES = List.of("\"антирисковая программа\" школы", "наставн* родители",
            "ШНОР ШССУ", "ВПР по математике", "школы-кураторы", "\"низкие образовательные результаты\"");

    @Test
    void matchesWhatTheSearchQueryMatchesOnTheJudgedSet() throws IOException {
        JudgedSet set = JudgedSet.load();
        ItemDocuments documents = new ItemDocuments();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ItemDocuments.writerAnalyzer()))) {
            for (IndexedItem item : set.items()) {
                writer.addDocument(documents.toDocument(item));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> texts = new ArrayList<>(set.queries().stream().map(JudgedSet.Query::text).toList());
                texts.addAll(MORE_QUERIES);
                int nonEmpty = 0;
                for (String text : texts) {
                    Query query = QueryFactory.build(UserQuery.parse(text), Synonyms.builtIn().queryAnalyzer());
                    Set<Integer> expected = matches(searcher, query);
                    assertEquals(expected, matches(searcher, MatchingQuery.of(query)), text + ": " + query);
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
                assertTrue(nonEmpty > texts.size() * 3 / 4, "most queries match something: " + nonEmpty);
            }
        }
    }

    @Test
    void anAbbreviationBecomesOneFlatListWithoutTheExpansionsThatAddNoMatch() {
        Query search = QueryFactory.build(UserQuery.parse("ШНОР"), Synonyms.builtIn().queryAnalyzer());
        Query matching = MatchingQuery.of(search);

        assertTrue(search.toString().contains("+text:школ +text:низк +text:образовательн +text:результат"), search.toString());
        BooleanQuery flat = (BooleanQuery) matching;
        assertTrue(flat.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD));
        assertTrue(flat.clauses().stream().noneMatch(c -> c.getQuery() instanceof DisjunctionMaxQuery), matching.toString());
        assertTrue(matching.toString().contains("text:шнор"), matching.toString());
        assertTrue(matching.toString().contains("+text:низк +text:образовательн +text:результат"), matching.toString());
        assertFalse(matching.toString().contains("+text:школ +text:низк"), "implied by the shorter expansion: " + matching);
    }

    private static Set<Integer> matches(IndexSearcher searcher, Query query) throws IOException {
        Set<Integer> docs = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }
}
