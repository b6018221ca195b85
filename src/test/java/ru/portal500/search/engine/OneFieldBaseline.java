package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline every figure of {@link SearchQualityTest} is read against: raw Lucene with nothing of the engine —
 * the stock {@link RussianAnalyzer}, the title and the text in one field, BM25, the query's words as alternatives.
 */
final class OneFieldBaseline {

    private static final String FIELD = "all";

    private final IndexSearcher searcher;
    private final Analyzer analyzer = new RussianAnalyzer();

    OneFieldBaseline(JudgedSet set) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (IndexedItem item : set.items()) {
                    Document doc = new Document();
                    doc.add(new StringField(ItemDocuments.ID, item.id(), Field.Store.YES));
                    doc.add(new TextField(FIELD, item.title() + "\n" + item.text(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> top(String text, int k) {
        Query query = new QueryBuilder(analyzer).createBooleanQuery(FIELD, text);
        List<String> ids = new ArrayList<>();
        if (query == null) {
            return ids;
        }
        try {
            for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(ItemDocuments.ID));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
