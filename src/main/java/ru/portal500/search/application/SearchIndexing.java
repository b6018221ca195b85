package ru.portal500.search.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import ru.portal500.contests.application.JudgedCases;
import ru.portal500.documents.application.DocumentCheck;
import ru.portal500.documents.application.ExtractionRecorder;
import ru.portal500.people.application.HomeChanged;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.registry.application.PairsChanged;
import ru.portal500.search.engine.IndexedItem;
import ru.portal500.search.engine.SearchEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keeps the search index in step with the database: after each commit that changes a document's text or
 * state, the practice bank, or who may find a contest's cases (its jury, its conflicts, the region's pairs), the
 * item is written again (idempotent by its id) and committed, so the next
 * search sees it. The index is derived data: {@link #rebuild()} writes it afresh from the database.
 */
@ApplicationScoped
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());

    @Inject
    SearchEngine engine;

    @Inject
    IndexItems items;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Event<RebuildStarted> rebuildStarted;

    /** A full rebuild started: other indexes derived from the same texts are rebuilt with it. */
    public record RebuildStarted() {
    }

    private final AtomicLong rebuilt = new AtomicLong();
    private volatile long toRebuild;

    void textExtracted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExtractionRecorder.TextExtracted event) {
        index(IndexItems.documentId(event.documentId()), () -> items.document(event.documentId()));
    }

    void documentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentCheck.DocumentChanged event) {
        long id = event.document().getId();
        index(IndexItems.documentId(id), () -> items.document(id));
    }

    void practicePublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeBank.PracticePublished event) {
        index(IndexItems.practiceId(event.practiceId()), () -> items.practice(event.practiceId()));
    }

    void casesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) JudgedCases.CasesChanged event) {
        indexCases(event.contestId());
    }

    /** The region's pairs decide conflicts of interest: its judged contests' cases are keyed again. */
    void pairsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PairsChanged event) {
        indexCasesIn(event.regionCode());
    }

    /** So do people's home organisations. */
    void homeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HomeChanged event) {
        indexCasesIn(event.regionCode());
    }

    private void indexCasesIn(String regionCode) {
        try {
            items.judgedContestIds(regionCode).forEach(this::indexCases);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The cases of region " + regionCode + " could not be keyed again", e);
        }
    }

    /** Writes a contest's cases again (who may find them changed); a failure is logged (a rebuild mends it). */
    void indexCases(long contestId) {
        try {
            for (IndexedItem item : items.cases(contestId)) {
                engine.index().upsert(item);
            }
            engine.index().commit();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index could not take the cases of contest " + contestId
                    + "; a rebuild will", e);
        }
    }

    /** Writes one item again, or removes it if it is gone; a failure is logged (a rebuild mends it). */
    void index(String id, Supplier<Optional<IndexedItem>> item) {
        try {
            Optional<IndexedItem> current = item.get();
            if (current.isPresent()) {
                engine.index().upsert(current.get());
            } else {
                engine.index().delete(id);
            }
            engine.index().commit();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index could not take " + id + "; a rebuild will", e);
        }
    }

    /** Starts a full rebuild in the background (unless one runs); its progress is {@link #progress()}. */
    public synchronized boolean rebuild() {
        if (engine.index().rebuilding()) {
            return false;
        }
        executor.submit(this::rebuildNow);
        rebuildStarted.fire(new RebuildStarted());
        return true;
    }

    /** Rebuilds in this thread: every practice and every document, read one by one, and the contests' cases. */
    public long rebuildNow() {
        var documentIds = items.documentIds();
        var practiceIds = items.practiceIds();
        List<IndexedItem> cases = items.judgedContestIds(null).stream().flatMap(id -> items.cases(id).stream())
                .toList();
        toRebuild = documentIds.size() + (long) practiceIds.size() + cases.size();
        rebuilt.set(0);
        Stream<IndexedItem> all = Stream.concat(Stream.concat(practiceIds.stream().map(items::practice),
                documentIds.stream().map(items::document)).flatMap(Optional::stream), cases.stream());
        try {
            long written = engine.index().rebuild(all, rebuilt::set);
            LOG.info(() -> "Search index rebuilt: " + written + " items");
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be rebuilt", e);
        }
    }

    /** How far the rebuild is: items written, of how many. */
    public record Progress(boolean running, long done, long total) {
    }

    public Progress progress() {
        return new Progress(engine.index().rebuilding(), rebuilt.get(), toRebuild);
    }
}
