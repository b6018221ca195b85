package ru.portal500.search.engine;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The search index: documents, practice-bank entries and contest cases in one Lucene index, with one
 * {@link IndexWriter} and a {@link SearcherManager} that is refreshed after each {@link #commit()}.
 * Thread-safe; open one per folder and keep it open ({@link SearchEngine} does that in the portal).
 *
 * <h2>Writing</h2>
 * The index is derived data: {@link #upsert(IndexedItem)} and {@link #delete(String)} are idempotent by the
 * item's id (repeat them freely, e.g. when an event is delivered twice); {@link #commit()} makes them durable and
 * visible. {@link #rebuild(Stream, LongConsumer)} writes a fresh index from all items and swaps it in; changes
 * made while it runs are applied to both, so nothing is lost. An incrementally kept index holds the same items as a
 * rebuilt one and, after {@link #compact()}, ranks them the same.
 *
 * <h2>Reading</h2>
 * {@link #search(SearchRequest)}, {@link #similar(String, Set, int)} and {@link #suggest(String, Set, int)}
 * take the caller's allowed access keys (see {@link IndexedItem}) and see only the items one of those keys
 * opens: hits, snippets, facet counts, "did you mean" words, similar items and suggestions all come from
 * allowed items only. Bad user input never throws: see {@link QueryNotice}. Reads throw only
 * {@link UncheckedIOException} when the disk fails.
 *
 * <h2>Recovery</h2>
 * {@link #open(Path)} checks the index (every file's checksum, and the analysis it was written by: a changed word list
 * of {@link RussianAnalysis} changes the terms): a missing, unreadable or corrupt index, or one written by another
 * analysis, is replaced by an empty one and {@link #rebuildNeeded()} says so, with the reason in {@link #openProblem()}. Only an
 * index locked by another process is refused ({@link LockObtainFailedException}).
 */
public final class SearchIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final double RAM_BUFFER_MB = 64;
    static final int PROGRESS_EVERY = 500;

    private final IndexStorage storage;
    private final ItemDocuments documents = new ItemDocuments();
    private final Searches searches = new Searches();
    /** Writes and reads take the read lock; swapping in a rebuilt index takes the write lock. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final ReentrantLock rebuilding = new ReentrantLock();
    private final String openProblem;
    private volatile Generation live;
    private volatile boolean rebuildNeeded;
    /** While a rebuild runs: the changes made meanwhile (empty = deleted), applied to the fresh index before the swap. */
    private volatile Map<String, Optional<IndexedItem>> journal;

    /** The key of the analysis's version in the index's commits. */
    private static final String ANALYSIS = "analysis";

    /** One generation of the index: its directory, its writer and its searchers. */
    private record Generation(String name, Directory directory, IndexWriter writer, SearcherManager searchers) {
        void close() {
            IOUtils.closeWhileHandlingException(searchers, writer, directory);
        }
    }

    private SearchIndex(IndexStorage storage) throws IOException {
        this.storage = storage;
        Optional<String> current = storage.current();
        Generation opened = null;
        String problem = current.isEmpty() ? "no index in " + storage.describe() : null;
        if (current.isPresent()) {
            try {
                opened = openGeneration(current.get(), false);
                verify(opened);
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                problem = e.toString();
                if (opened != null) {
                    opened.close();
                    opened = null;
                }
            }
        }
        if (opened == null) {
            String name = storage.newName();
            opened = openGeneration(name, true);
            storage.makeCurrent(name);
            rebuildNeeded = true;
            String reason = problem;
            LOG.log(Level.WARNING, () -> "Search index in " + storage.describe() + " recreated empty, a rebuild is needed: " + reason);
        }
        storage.removeAllBut(opened.name());
        this.openProblem = problem;
        this.live = opened;
    }

    /** The index in a folder (created if absent); see the class comment on recovery. */
    public static SearchIndex open(Path folder) throws IOException {
        return new SearchIndex(new FolderStorage(folder));
    }

    /** An index in memory (tests); it starts empty and {@link #rebuildNeeded()}. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new MemoryStorage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the item or replaces the one with its id; visible after {@link #commit()}. */
    public void upsert(IndexedItem item) throws IOException {
        var doc = documents.toDocument(item);
        swap.readLock().lock();
        try {
            live.writer().updateDocument(ItemDocuments.idTerm(item.id()), doc);
            Map<String, Optional<IndexedItem>> changes = journal;
            if (changes != null) {
                changes.put(item.id(), Optional.of(item));
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Removes the item with this id, if there is one; gone after {@link #commit()}. */
    public void delete(String id) throws IOException {
        swap.readLock().lock();
        try {
            live.writer().deleteDocuments(ItemDocuments.idTerm(id));
            Map<String, Optional<IndexedItem>> changes = journal;
            if (changes != null) {
                changes.put(id, Optional.empty());
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Makes the changes so far durable and visible to searches. */
    public void commit() throws IOException {
        swap.readLock().lock();
        try {
            live.writer().commit();
            live.searchers().maybeRefreshBlocking();
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Writes a fresh index from all the items (the database's current state) and swaps it in for the live one;
     * searches go on meanwhile on the old one. Changes made through {@link #upsert}/{@link #delete} while it runs
     * go to both. One rebuild at a time. On failure the live index is untouched.
     *
     * @param items    every item, once (a repeated id counts once: the last wins)
     * @param progress told the number of items written every {@value #PROGRESS_EVERY} items and at the end
     * @return the number of items read
     * @throws IllegalStateException a rebuild is already running
     */
    public long rebuild(Stream<IndexedItem> items, LongConsumer progress) throws IOException {
        if (!rebuilding.tryLock()) {
            throw new IllegalStateException("A rebuild of the search index is already running");
        }
        try {
            String name = storage.newName();
            Generation fresh = openGeneration(name, true);
            Generation old;
            long count = 0;
            journal = new ConcurrentHashMap<>();
            try {
                for (Iterator<IndexedItem> it = items.iterator(); it.hasNext(); ) {
                    IndexedItem item = it.next();
                    fresh.writer().updateDocument(ItemDocuments.idTerm(item.id()), documents.toDocument(item));
                    if (++count % PROGRESS_EVERY == 0) {
                        progress.accept(count);
                    }
                }
                swap.writeLock().lock();
                try {
                    for (Map.Entry<String, Optional<IndexedItem>> change : journal.entrySet()) {
                        if (change.getValue().isPresent()) {
                            fresh.writer().updateDocument(ItemDocuments.idTerm(change.getKey()), documents.toDocument(change.getValue().get()));
                        } else {
                            fresh.writer().deleteDocuments(ItemDocuments.idTerm(change.getKey()));
                        }
                    }
                    fresh.writer().commit();
                    fresh.searchers().maybeRefreshBlocking();
                    storage.makeCurrent(name);
                    old = live;
                    live = fresh;
                    journal = null;
                } finally {
                    swap.writeLock().unlock();
                }
            } catch (IOException | RuntimeException e) {
                journal = null;
                fresh.close();
                storage.remove(name);
                throw e;
            }
            old.close();
            storage.remove(old.name());
            rebuildNeeded = false;
            progress.accept(count);
            return count;
        } finally {
            rebuilding.unlock();
        }
    }

    /**
     * Merges away the deleted copies that replaced and removed items leave behind, and commits. Until then they
     * still count in the ranking statistics (how rare a word is), so the order of nearly tied hits may differ
     * slightly from a freshly rebuilt index; after it, the rankings are the same. Costs a rewrite of the segments
     * with deletions: a maintenance task (nightly), not a step of every change.
     */
    public void compact() throws IOException {
        swap.readLock().lock();
        try {
            live.writer().forceMergeDeletes(true);
            live.writer().commit();
            live.searchers().maybeRefreshBlocking();
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Whether the index was recreated empty on opening (missing or corrupt) and no rebuild has run since. */
    public boolean rebuildNeeded() {
        return rebuildNeeded;
    }

    /** Why the index was recreated on opening, if it was. */
    public Optional<String> openProblem() {
        return Optional.ofNullable(openProblem);
    }

    /** Whether a rebuild is running now. */
    public boolean rebuilding() {
        return rebuilding.isLocked();
    }

    /** How many items the index holds (all of them: for the administrator, never for a search page). */
    public int itemCount() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The search; see {@link SearchRequest} and {@link SearchResult}. */
    public SearchResult search(SearchRequest request) {
        return read(searcher -> searches.search(searcher, request));
    }

    /**
     * Why the item is found by the request's query, or why not: see {@link HitExplanation}. Empty when the item is not
     * there or none of the request's allowed keys opens it (the same answer for both). The rank is among the allowed
     * items the query finds; the request's facet filters and page do not count. What is explained is what the search
     * searches: when it reads the words otherwise than typed ({@link SearchResult#readAs()}; not with
     * {@link SearchRequest#asTyped()}), that reading, named in {@link HitExplanation#readAs()}.
     */
    public Optional<HitExplanation> explain(SearchRequest request, String itemId) {
        return read(searcher -> {
            Optional<QueryReading> reading = request.asTyped() ? Optional.empty()
                    : searches.search(searcher, new SearchRequest(request.query(), request.allowedKeys(), Map.of(),
                    SortOrder.RELEVANCE, 0, 1, 1, request.synonyms(), false)).readAs();
            if (reading.isEmpty()) {
                return HitExplanations.explain(searcher, request, itemId);
            }
            SearchRequest read = new SearchRequest(reading.get().searched(), request.allowedKeys(), request.filters(),
                    request.sort(), request.offset(), request.limit(), request.facetLimit(), request.synonyms(), true);
            return HitExplanations.explain(searcher, read, itemId).map(e -> e.of(reading.get()));
        });
    }

    /**
     * Items like the given one (MoreLikeThis over title and text), best first, without the item itself, among the
     * allowed items. Empty when the item is not there or not allowed (the same answer for both).
     *
     * @param limit 1–{@value Searches#MAX_SIMILAR}
     */
    public List<SearchHit> similar(String id, Set<String> allowedKeys, int limit) {
        return read(searcher -> searches.similar(searcher, id, Set.copyOf(allowedKeys), limit));
    }

    /**
     * Typing suggestions: titles of allowed items containing the typed words, the last one as a prefix (at
     * least two letters) unless followed by a space.
     *
     * @param limit 1–{@value Searches#MAX_SUGGESTIONS}
     */
    public List<Suggestion> suggest(String typed, Set<String> allowedKeys, int limit) {
        return read(searcher -> searches.suggest(searcher, typed, Set.copyOf(allowedKeys), limit));
    }

    @Override
    public void close() {
        swap.writeLock().lock();
        try {
            live.close();
        } finally {
            swap.writeLock().unlock();
        }
    }

    private interface Read<T> {
        T on(EngineSearcher searcher) throws IOException;
    }

    private <T> T read(Read<T> read) {
        SearcherManager manager;
        IndexSearcher searcher;
        swap.readLock().lock();
        try {
            manager = live.searchers();
            searcher = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swap.readLock().unlock();
        }
        try {
            return read.on((EngineSearcher) searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot release a searcher", e);
            }
        }
    }

    private Generation openGeneration(String name, boolean create) throws IOException {
        Directory directory = storage.open(name);
        IndexWriter writer = null;
        try {
            if (!create && !DirectoryReader.indexExists(directory)) {
                throw new IndexNotFoundException("no segments in " + storage.describe() + "/" + name);
            }
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setForceMergeDeletesPctAllowed(0); // compact() leaves no deleted copy behind
            IndexWriterConfig config = new IndexWriterConfig(ItemDocuments.writerAnalyzer())
                    .setMergePolicy(merges)
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setCommitOnClose(true);
            writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(ANALYSIS, RussianAnalysis.VERSION).entrySet());
            if (create) {
                writer.commit();
            }
            SearcherManager searchers = new SearcherManager(writer, EngineSearcher.factory(documents.facetsConfig()));
            return new Generation(name, directory, writer, searchers);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    /**
     * Reads every file of the index once and compares its checksum: corruption shows now, not in a search; and checks
     * that the index was written by today's analysis ({@link RussianAnalysis#VERSION}).
     */
    private static void verify(Generation generation) throws IOException {
        IndexSearcher searcher = generation.searchers().acquire();
        try {
            String written = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().get(ANALYSIS);
            if (!RussianAnalysis.VERSION.equals(written)) {
                throw new IOException("written by another analysis (" + written + "; now " + RussianAnalysis.VERSION + ")");
            }
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        } finally {
            generation.searchers().release(searcher);
        }
    }
}
