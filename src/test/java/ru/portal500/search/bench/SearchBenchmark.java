package ru.portal500.search.bench;

import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import ru.portal500.search.engine.IndexedItem;
import ru.portal500.search.engine.ItemKind;
import ru.portal500.search.engine.SearchIndex;
import ru.portal500.search.engine.SearchRequest;
import ru.portal500.search.engine.SearchResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The search engine at national scale against raw Lucene, in the same run, on the same documents:
 * <ol>
 *     <li>indexing throughput: {@value #DEFAULT_DOCS} documents of about {@value #WORDS} words (a bigram model of the
 *     seeds' vocabulary, {@link BenchCorpus}) through {@link SearchIndex#upsert} vs a raw {@link IndexWriter} with
 *     Lucene's {@link RussianAnalyzer} (title and body, stored), the same thread count, alternating batches so that
 *     a busy machine slows both alike; target ratio ≥ 0.7;</li>
 *     <li>search latency: a top-10 search with facets, highlighting and the permission filter through the engine vs
 *     raw {@link IndexSearcher#search} plus {@link UnifiedHighlighter} on the raw index, the same query mix,
 *     interleaved; p95 ratio target ≤ 1.5.</li>
 * </ol>
 * The indexes go to {@code target/search-bench}.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.portal500.search.bench.SearchBenchmark [-Dbench.docs=100000] [-Dbench.threads=2]</pre>
 */
public final class SearchBenchmark {

    static final int DEFAULT_DOCS = 100_000;
    static final int WORDS = 1_500;
    static final int BATCH = 1_000;
    static final int QUERIES = 200;
    static final int ROUNDS = 3;
    static final int MUNICIPALITIES = 40;
    static final int SCHOOLS_PER_MUNICIPALITY = 12;
    static final String[] ABBREVIATIONS = {"ШНОР", "ВПР по математике", "ВСОКО", "подготовка к ОГЭ", "ШССУ", "ИС МЭДК"};

    public static void main(String[] args) throws Exception {
        int docs = Integer.getInteger("bench.docs", DEFAULT_DOCS);
        Path root = Path.of("target", "search-bench").toAbsolutePath();
        BenchCorpus corpus = new BenchCorpus();
        if (Boolean.getBoolean("bench.reuse") && Files.isRegularFile(root.resolve("engine").resolve("CURRENT"))) {
            System.out.println("reusing the index in " + root.resolve("engine"));
        } else {
            measureIndexing(root, corpus, docs);
        }
        long opening = System.nanoTime();
        try (SearchIndex engine = SearchIndex.open(root.resolve("engine"));
             DirectoryReader sameIndex = DirectoryReader.open(FSDirectory.open(liveGeneration(root.resolve("engine"))))) {
            System.out.printf("engine open with every file's checksum verified: %.1f s (rebuild needed: %s); %,d items%n",
                    (System.nanoTime() - opening) / 1e9, engine.rebuildNeeded(), sameIndex.numDocs());
            measureSearches(engine, new RawSearch(sameIndex), queries(corpus));
        }
    }

    private static void measureIndexing(Path root, BenchCorpus corpus, int docs) throws Exception {
        int threads = Integer.getInteger("bench.threads", 2);
        deleteRecursively(root);
        System.out.printf("vocabulary: %,d words; %,d documents of ~%,d words; %d indexing threads%n",
                corpus.vocabularySize(), docs, WORDS, threads);
        IndexWriterConfig rawConfig = new IndexWriterConfig(new RussianAnalyzer()).setRAMBufferSizeMB(64);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long engineNanos = 0;
        long rawNanos = 0;
        long started = System.nanoTime();
        try (SearchIndex engine = SearchIndex.open(root.resolve("engine"));
             FSDirectory rawDirectory = FSDirectory.open(root.resolve("raw"));
             IndexWriter raw = new IndexWriter(rawDirectory, rawConfig)) {
            for (int from = 0, batch = 0; from < docs; from += BATCH, batch++) {
                List<BenchDocument> documents = generate(corpus, from, Math.min(BATCH, docs - from));
                if (batch % 2 == 0) {
                    engineNanos += timed(pool, documents, d -> engine.upsert(d.item()));
                    rawNanos += timed(pool, documents, d -> raw.addDocument(d.raw()));
                } else {
                    rawNanos += timed(pool, documents, d -> raw.addDocument(d.raw()));
                    engineNanos += timed(pool, documents, d -> engine.upsert(d.item()));
                }
                if ((from + documents.size()) % 10_000 == 0) {
                    System.out.printf("  %,d documents indexed (%.0f s)%n", from + documents.size(), (System.nanoTime() - started) / 1e9);
                }
            }
            long t = System.nanoTime();
            engine.commit();
            engineNanos += System.nanoTime() - t;
            t = System.nanoTime();
            raw.commit();
            rawNanos += System.nanoTime() - t;
        } finally {
            pool.shutdown();
        }
        double engineRate = docs / (engineNanos / 1e9);
        double rawRate = docs / (rawNanos / 1e9);
        System.out.printf("indexing: engine %.0f docs/s, raw Lucene (RussianAnalyzer) %.0f docs/s; ratio %.2f (target ≥ 0.70: %s)%n",
                engineRate, rawRate, engineRate / rawRate, engineRate / rawRate >= 0.7 ? "met" : "NOT MET");
        System.out.printf("index size: engine %,d MB, raw %,d MB%n", size(root.resolve("engine")) >> 20, size(root.resolve("raw")) >> 20);
    }

    /** The folder of the engine's live index generation (its {@code CURRENT} file names it). */
    private static Path liveGeneration(Path engineFolder) throws IOException {
        return engineFolder.resolve(Files.readString(engineFolder.resolve("CURRENT")).strip());
    }

    private static void measureSearches(SearchIndex engine, RawSearch raw, List<String> queries) throws IOException {
        List<Set<String>> callers = callers();
        long[] engineTimes = new long[queries.size() * ROUNDS];
        long[] rawTimes = new long[queries.size() * ROUNDS];
        long engineHits = 0;
        long rawHits = 0;
        for (int round = -1; round < ROUNDS; round++) { // one warm-up round
            for (int q = 0; q < queries.size(); q++) {
                String query = queries.get(q);
                Set<String> caller = callers.get(q % callers.size());
                boolean engineFirst = (q + round) % 2 == 0;
                long[] pair = new long[2];
                for (int side = 0; side < 2; side++) {
                    boolean isEngine = (side == 0) == engineFirst;
                    long t = System.nanoTime();
                    if (isEngine) {
                        SearchResult result = engine.search(SearchRequest.builder(query, caller).page(0, 10).build());
                        engineHits += result.hits().size();
                    } else {
                        rawHits += raw.search(query, caller);
                    }
                    pair[isEngine ? 0 : 1] = System.nanoTime() - t;
                }
                if (round >= 0) {
                    engineTimes[round * queries.size() + q] = pair[0];
                    rawTimes[round * queries.size() + q] = pair[1];
                }
            }
        }
        double engineP95 = percentile(engineTimes, 95);
        double rawP95 = percentile(rawTimes, 95);
        System.out.printf("search: %d queries × %d rounds, top 10, facets over %d dimensions, highlighted title and 2 snippets, the caller's access filter%n",
                queries.size(), ROUNDS, RawSearch.DIMENSIONS.size());
        System.out.printf("  engine (SearchIndex.search): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                percentile(engineTimes, 50), engineP95, percentile(engineTimes, 99));
        System.out.printf("  raw Lucene on the same index: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                percentile(rawTimes, 50), rawP95, percentile(rawTimes, 99));
        System.out.printf("  abbreviations only (one query in ten): engine p95 %.1f ms, raw p95 %.1f ms; the other queries: engine p95 %.1f ms, raw p95 %.1f ms%n",
                percentile(every(engineTimes, queries.size(), true), 95), percentile(every(rawTimes, queries.size(), true), 95),
                percentile(every(engineTimes, queries.size(), false), 95), percentile(every(rawTimes, queries.size(), false), 95));
        System.out.printf("  p95 ratio %.2f (target ≤ 1.5: %s); hits returned: engine %,d, raw %,d%n",
                engineP95 / rawP95, engineP95 / rawP95 <= 1.5 ? "met" : "NOT MET", engineHits, rawHits);
    }

    /** The times of the abbreviation queries (every tenth), or of the others. */
    private static long[] every(long[] times, int queries, boolean abbreviations) {
        return IntStream.range(0, times.length).filter(i -> (i % queries % 10 == 0) == abbreviations)
                .mapToLong(i -> times[i]).toArray();
    }

    /** Callers: a national operator (everything), and municipal coordinators (public items and their municipality's). */
    private static List<Set<String>> callers() {
        List<Set<String>> callers = new ArrayList<>();
        Set<String> everything = new HashSet<>(Set.of("public"));
        for (int m = 0; m < MUNICIPALITIES; m++) {
            everything.add("municipality:" + m);
        }
        callers.add(everything);
        for (int m = 0; m < 3; m++) {
            callers.add(Set.of("public", "municipality:" + (m * 7)));
        }
        return callers;
    }

    static List<String> queries(BenchCorpus corpus) {
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            if (queries.size() % 10 == 0) {
                queries.add(ABBREVIATIONS[random.nextInt(ABBREVIATIONS.length)]);
                continue;
            }
            String[] words = Arrays.stream(corpus.text(random, 40).split("[\\s.,;:]+")).filter(w -> w.length() >= 4).toArray(String[]::new);
            int length = 1 + random.nextInt(queries.size() % 7 == 0 ? 4 : 3);
            int start = random.nextInt(Math.max(1, words.length - length));
            queries.add(String.join(" ", Arrays.copyOfRange(words, start, Math.min(words.length, start + length))).toLowerCase());
        }
        return queries;
    }

    /** One generated document, for both indexes. */
    private record BenchDocument(int number, String title, String text) {

        IndexedItem item() {
            Random random = new Random(number);
            int municipality = number % MUNICIPALITIES;
            int school = random.nextInt(SCHOOLS_PER_MUNICIPALITY);
            boolean practice = number % 3 == 0;
            String schoolCode = municipality + "/" + school;
            return IndexedItem.builder((practice ? "practice:" : "document:") + number, practice ? ItemKind.PRACTICE : ItemKind.DOCUMENT)
                    .title(title).text(text).date(LocalDate.of(2021, 1, 1).plusDays(number % 1500))
                    .region(Integer.toString(municipality % 8)).municipality(Integer.toString(municipality))
                    .school(schoolCode, "Школа № " + school + " района " + municipality)
                    .campaignYear(2021 + number % 5).documentType(practice ? null : "TYPE_" + number % 6)
                    .status(practice ? "PUBLISHED" : "STATE_" + number % 4)
                    .riskFactors(new HashSet<>(List.of(1 + random.nextInt(10), 1 + random.nextInt(10))))
                    .level(practice ? "LEVEL_" + number % 4 : null).subject(practice ? "SUBJECT_" + number % 9 : null)
                    .accessKeys(practice ? Set.of("public") : Set.of("municipality:" + municipality, "school:" + schoolCode))
                    .build();
        }

        Document raw() {
            Document doc = new Document();
            doc.add(new StringField("id", Integer.toString(number), Field.Store.YES));
            doc.add(new TextField("title", title, Field.Store.YES));
            doc.add(new TextField("body", text, Field.Store.YES));
            return doc;
        }
    }

    private static List<BenchDocument> generate(BenchCorpus corpus, int from, int count) {
        List<BenchDocument> documents = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) {
            Random random = new Random(500L + n);
            documents.add(new BenchDocument(n, corpus.title(random), corpus.text(random, WORDS - 200 + random.nextInt(400))));
        }
        return documents;
    }

    private interface Indexing {
        void index(BenchDocument document) throws IOException;
    }

    private static long timed(ExecutorService pool, List<BenchDocument> documents, Indexing indexing) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> parts = new ArrayList<>();
        int threads = Integer.getInteger("bench.threads", 2);
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(pool.submit(() -> {
                for (int i = first; i < documents.size(); i += threads) {
                    indexing.index(documents.get(i));
                }
                return null;
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
        return System.nanoTime() - start;
    }

    static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private SearchBenchmark() {
    }
}
