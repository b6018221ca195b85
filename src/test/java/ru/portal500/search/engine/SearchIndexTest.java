package ru.portal500.search.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index's life: idempotent writes, facets and filters, rebuild equal to incremental, recovery from damage. */
class SearchIndexTest {

    private static final Set<String> ALL = Set.of("public", Items.ATKARSK_SCHOOL, Items.SURGUT_SCHOOL);

    @TempDir
    Path folder;

    @Test
    void anUpsertRepeatedOrChangedLeavesOneItemAndADeleteIsIdempotent() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            IndexedItem first = Items.practice(1, "Клуб отцов", "Папы проводят мастер-классы.");
            index.upsert(first);
            index.upsert(first);
            index.commit();
            index.upsert(first);
            index.commit();
            assertEquals(1, index.itemCount());
            index.upsert(Items.practice(1, "Клуб отцов и дедушек", "Дедушки рассказывают о профессиях."));
            index.commit();
            assertEquals(1, index.itemCount());
            assertEquals(0, search(index, "мастер-классы").totalHits());
            assertEquals(List.of("practice:1"), ids(search(index, "дедушки")));
            index.delete("practice:1");
            index.delete("practice:1");
            index.delete("practice:never");
            index.commit();
            assertEquals(0, index.itemCount());
        }
    }

    @Test
    void aChangeIsVisibleAfterTheCommit() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.upsert(Items.practice(1, "Клуб отцов", "Папы проводят мастер-классы."));
            assertEquals(0, search(index, "отцов").totalHits());
            index.commit();
            assertEquals(1, search(index, "отцов").totalHits());
        }
    }

    @Test
    void facetsCountTheMatchesAndFiltersCombine() throws IOException {
        try (SearchIndex index = corpus()) {
            SearchResult all = search(index, "мотивация");
            assertEquals(3, all.totalHits());
            assertEquals(List.of(new FacetCount("64/atkarsky/atk-1", "МБОУ СОШ № 1 г. Аткарска", 2),
                    new FacetCount("86/surgutsky/lyantor-3", "МБОУ «Лянторская СОШ № 3»", 1)), all.facets().get(Facet.SCHOOL));
            assertEquals(Map.of("9", 2, "10", 1, "3", 1), counts(all.facets().get(Facet.RISK_FACTOR)));
            assertEquals(Map.of("2025", 2), counts(all.facets().get(Facet.CAMPAIGN_YEAR)));

            SearchResult documents = index.search(SearchRequest.builder("мотивация", ALL)
                    .filter(Facet.KIND, Set.of("DOCUMENT")).build());
            assertEquals(Set.of("document:10", "document:20"), Set.copyOf(ids(documents)));
            assertEquals(Map.of("DOCUMENT", 2), counts(documents.facets().get(Facet.KIND)));

            SearchResult riskNine = index.search(SearchRequest.builder("мотивация", ALL)
                    .filter(Facet.KIND, Set.of("DOCUMENT", "PRACTICE")).filter(Facet.RISK_FACTOR, Set.of("9")).build());
            assertEquals(Set.of("document:10", "practice:1"), Set.copyOf(ids(riskNine)));
        }
    }

    @Test
    void hitsSortByDateNewestFirst() throws IOException {
        try (SearchIndex index = corpus()) {
            SearchResult byDate = index.search(SearchRequest.builder("мотивация", ALL).sort(SortOrder.DATE).build());
            assertEquals(List.of("document:20", "document:10", "practice:1"), ids(byDate));
            assertTrue(byDate.hits().get(0).date().isAfter(byDate.hits().get(2).date()));
        }
    }

    @Test
    void snippetsMarkWordFormsAndBothPartsOfAHyphenatedWord() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.upsert(Items.practice(1, "Школы-кураторы в районе", "Работа со школами-кураторами ведётся по плану."));
            index.commit();
            SearchHit hit = search(index, "школа-куратор").hits().get(0);
            assertTrue(hit.titleHighlighted().contains("<mark>Школы</mark>-<mark>кураторы</mark>"), hit.titleHighlighted());
            assertTrue(hit.snippet().contains("<mark>школами</mark>-<mark>кураторами</mark>"), hit.snippet());
            assertEquals(1, search(index, "школыкураторы").totalHits());
            assertEquals(1, search(index, "школам кураторам").totalHits());
        }
    }

    @Test
    void aRegionsSynonymsApplyToItsSearchesOnly() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.upsert(Items.practice(1, "Центр оценки качества образования", "Региональный центр проводит мониторинги."));
            index.commit();
            Synonyms regional = Synonyms.builtIn().with(List.<String[]>of(new String[]{"ЦОКО", "центр оценки качества образования"}));
            assertEquals(1, index.search(SearchRequest.builder("ЦОКО", ALL).synonyms(regional).build()).totalHits());
            assertEquals(0, search(index, "ЦОКО").totalHits());
        }
    }

    @Test
    void aRebuildEqualsTheIncrementallyBuiltIndex() throws IOException {
        JudgedSet set = JudgedSet.load();
        try (SearchIndex incremental = SearchIndex.inMemory(); SearchIndex rebuilt = SearchIndex.inMemory()) {
            // incrementally, as events come: every item, some twice or changed back and forth, one deleted and added again
            for (IndexedItem item : set.items()) {
                incremental.upsert(item);
                if (item.id().hashCode() % 7 == 0) {
                    incremental.commit();
                }
            }
            incremental.commit();
            IndexedItem changed = set.items().get(3);
            incremental.upsert(IndexedItem.builder(changed.id(), changed.kind()).title("временно").text("временно")
                    .accessKeys(changed.accessKeys()).build());
            incremental.commit();
            incremental.delete(set.items().get(5).id());
            incremental.commit();
            incremental.upsert(changed);
            incremental.upsert(set.items().get(5));
            incremental.commit();

            List<Long> progress = new ArrayList<>();
            long count = rebuilt.rebuild(set.items().stream(), progress::add);
            assertEquals(set.items().size(), count);
            assertEquals(count, (long) progress.get(progress.size() - 1));
            assertFalse(rebuilt.rebuildNeeded());

            assertEquals(allIds(incremental), allIds(rebuilt));
            incremental.compact(); // the replaced copies no longer count in how rare a word is
            for (JudgedSet.Query query : set.queries()) {
                assertEquals(ids(search(incremental, query.text())), ids(search(rebuilt, query.text())), query.text());
            }
        }
    }

    @Test
    void changesMadeDuringARebuildAreKept() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.upsert(Items.practice(1, "Старая практика", "Удалят во время перестройки."));
            index.commit();
            CountDownLatch halfway = new CountDownLatch(1);
            CountDownLatch changed = new CountDownLatch(1);
            Stream<IndexedItem> database = Stream.of(1, 2, 3).map(n -> {
                if (n == 3) { // the database is being read while an event arrives
                    halfway.countDown();
                    await(changed);
                }
                return Items.practice(n, "Практика " + n, "Текст " + n);
            });
            Thread rebuild = new Thread(() -> {
                try {
                    index.rebuild(database, n -> { });
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            rebuild.start();
            await(halfway);
            assertThrows(IllegalStateException.class, () -> index.rebuild(Stream.empty(), n -> { }));
            index.delete("practice:1");
            index.upsert(Items.practice(4, "Новая практика", "Добавлена во время перестройки."));
            index.commit();
            changed.countDown();
            rebuild.join();
            assertEquals(Set.of("practice:2", "practice:3", "practice:4"), Set.copyOf(allIds(index)));
        }
    }

    @Test
    void aMissingIndexIsCreatedEmptyAndSaysARebuildIsNeeded() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertTrue(index.rebuildNeeded());
            assertTrue(index.openProblem().isPresent());
            assertEquals(0, index.itemCount());
            index.rebuild(Stream.of(Items.practice(1, "Клуб отцов", "Папы.")), n -> { });
            assertFalse(index.rebuildNeeded());
        }
        try (SearchIndex reopened = SearchIndex.open(folder)) {
            assertFalse(reopened.rebuildNeeded());
            assertEquals(1, reopened.itemCount());
            try (Stream<Path> generations = Files.list(folder)) {
                assertEquals(1, generations.filter(Files::isDirectory).count(), "the old generation is removed");
            }
        }
    }

    @Test
    void aCorruptIndexIsRecreatedEmptyNotFatal() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            for (int i = 1; i <= 50; i++) {
                index.upsert(Items.practice(i, "Практика " + i, "Мотивация обучающихся " + i));
            }
            index.commit();
        }
        Path segmentFile = largestFile(folder);
        byte[] garbage = new byte[64];
        java.util.Arrays.fill(garbage, (byte) 0x5A);
        try (var channel = Files.newByteChannel(segmentFile, StandardOpenOption.WRITE)) {
            channel.position(Files.size(segmentFile) / 2);
            channel.write(java.nio.ByteBuffer.wrap(garbage));
        }
        try (SearchIndex reopened = SearchIndex.open(folder)) {
            assertTrue(reopened.rebuildNeeded());
            assertTrue(reopened.openProblem().orElseThrow().contains("Corrupt") || reopened.openProblem().orElseThrow().contains("checksum"),
                    reopened.openProblem().orElseThrow());
            assertEquals(0, reopened.itemCount());
            assertEquals(0, search(reopened, "мотивация").totalHits());
        }
    }

    @Test
    void anIndexWrittenByAnotherAnalysisIsRecreatedForARebuild() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.upsert(Items.practice(1, "Клуб отцов", "Папы."));
            index.commit();
        }
        Path generation;
        try (Stream<Path> folders = Files.list(folder)) {
            generation = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        // the same items, as an older chain (another word list) wrote them
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(generation);
             org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig().setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of("analysis", "russian-chain-0:older").entrySet());
            writer.commit();
        }
        try (SearchIndex reopened = SearchIndex.open(folder)) {
            assertTrue(reopened.rebuildNeeded(), "a rebuild, so that the words indexed before match today's queries");
            assertTrue(reopened.openProblem().orElseThrow().contains("another analysis"), reopened.openProblem().orElseThrow());
            assertEquals(0, reopened.itemCount());
            reopened.rebuild(Stream.of(Items.practice(1, "Клуб отцов", "Папы.")), n -> { });
        }
        try (SearchIndex rebuilt = SearchIndex.open(folder)) {
            assertFalse(rebuilt.rebuildNeeded(), "the rebuilt generation carries today's analysis");
            assertEquals(1, rebuilt.itemCount());
        }
    }

    @Test
    void anIndexWithoutSegmentsIsRecreated() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.upsert(Items.practice(1, "Клуб отцов", "Папы."));
            index.commit();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.delete(segments);
            }
        }
        try (SearchIndex reopened = SearchIndex.open(folder)) {
            assertTrue(reopened.rebuildNeeded());
            assertEquals(0, reopened.itemCount());
        }
    }

    private static SearchIndex corpus() throws IOException {
        SearchIndex index = SearchIndex.inMemory();
        index.upsert(Items.practice(1, "Мотивация через проекты", "Учебная мотивация растёт."));
        index.upsert(Items.atkarskDocument(10, "Концепция развития", "Мотивация обучающихся — наш приоритет."));
        index.upsert(Items.surgutDocument(20, "Антирисковая программа", "Низкая учебная мотивация обучающихся."));
        index.upsert(Items.practice(2, "Клуб отцов", "Папы проводят мастер-классы."));
        index.commit();
        return index;
    }

    private static SearchResult search(SearchIndex index, String query) {
        return index.search(SearchRequest.builder(query, ALL).page(0, 10).build());
    }

    private static List<String> allIds(SearchIndex index) {
        SearchResult all = index.search(SearchRequest.builder("", Set.of("public", "municipality:59/perm", "municipality:64/atkarsky",
                "municipality:86/surgutsky", "municipality:23/abinsky", "municipality:75/baleysky")).page(0, 100).build());
        List<String> ids = new ArrayList<>(all.hits().stream().map(SearchHit::id).toList());
        for (int offset = 100; offset < all.totalHits(); offset += 100) {
            index.search(SearchRequest.builder("", Set.of("public", "municipality:59/perm", "municipality:64/atkarsky",
                    "municipality:86/surgutsky", "municipality:23/abinsky", "municipality:75/baleysky")).page(offset, 100).build())
                    .hits().forEach(h -> ids.add(h.id()));
        }
        return ids.stream().sorted().toList();
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    private static Map<String, Integer> counts(List<FacetCount> counts) {
        return counts.stream().collect(java.util.stream.Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    private static Path largestFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("CURRENT"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
