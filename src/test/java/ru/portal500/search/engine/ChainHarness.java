package ru.portal500.search.engine;

import org.apache.lucene.analysis.Analyzer;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare index of the judged corpus (title and text) analysed by one candidate chain, queried the engine's way
 * ({@link QueryFactory}: words as alternatives over the boosted title and the text): the chains differ only in
 * their analysis.
 */
final class ChainHarness {

    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;

    ChainHarness(JudgedSet set, CandidateChain chain, boolean synonyms) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(chain.indexAnalyzer()))) {
                for (IndexedItem item : set.items()) {
                    Document doc = new Document();
                    doc.add(new StringField(ItemDocuments.ID, item.id(), Field.Store.YES));
                    doc.add(new TextField(ItemDocuments.TITLE, item.title(), Field.Store.NO));
                    doc.add(new TextField(ItemDocuments.TEXT, item.text(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            queryAnalyzer = chain.queryAnalyzer(synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> top(String text, int k) {
        Query query = QueryFactory.build(UserQuery.parse(text), queryAnalyzer);
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
