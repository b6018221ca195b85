package ru.portal500.similarity.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.application.ContestEntries;
import ru.portal500.documents.application.ExtractionRecorder;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.search.application.SearchIndexing;
import ru.portal500.similarity.domain.NearCopies;
import ru.portal500.similarity.domain.NearCopyIndex;
import ru.portal500.similarity.domain.Signature;
import ru.portal500.similarity.domain.TextKey;
import ru.portal500.similarity.infrastructure.SignatureRepository;
import ru.portal500.similarity.infrastructure.StoredSignature;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the near-copy index in step with the portal's texts: after the commit that puts a document's text on record,
 * submits a contest entry or puts a practice in the bank, the text's signature is computed, held in the index and
 * stored (a text too short to judge, or gone, is forgotten). At start-up the index is restored from the stored
 * signatures. Derived data: a failure is logged and mended by a rebuild, which runs with the search index's.
 */
@ApplicationScoped
public class NearCopyIndexing {

    private static final Logger LOG = Logger.getLogger(NearCopyIndexing.class.getName());
    private static final int PAGE = 1_000;

    @Inject
    PortalTexts texts;

    @Inject
    SignatureRepository signatures;

    @Resource
    ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    private volatile NearCopyIndex index;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger rebuilds = new java.util.concurrent.atomic.AtomicInteger();
    /** While a rebuild runs: the texts changed meanwhile, taken again by the fresh index before it is swapped in. */
    private final Set<TextKey> changedMeanwhile = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void open() {
        index = new NearCopyIndex(texts);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void textExtracted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExtractionRecorder.TextExtracted event) {
        keepQuietly(PortalTexts.document(event.documentId()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void entrySubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContestEntries.EntrySubmitted event) {
        keepQuietly(PortalTexts.entry(event.entryId()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void practicePublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeBank.PracticePublished event) {
        keepQuietly(PortalTexts.practice(event.practiceId()));
    }

    /** The search index is rebuilt from the database: so is this one, in the background. */
    void searchRebuilt(@Observes SearchIndexing.RebuildStarted event) {
        rebuild();
    }

    private void keepQuietly(TextKey key) {
        try {
            keep(key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The near-copy index could not take " + key + "; a rebuild will", e);
        }
    }

    /** Reads the text again and holds (and stores) its signature, or forgets it. */
    @Transactional
    public void keep(TextKey key) {
        if (rebuilding.get()) {
            changedMeanwhile.add(key);
        }
        keep(index, key);
    }

    private void keep(NearCopyIndex into, TextKey key) {
        Optional<PortalTexts.Described> described = texts.described(key);
        Optional<Signature> signature = described.flatMap(d -> into.add(key, d.kind(), d.owner(), d.text()));
        if (signature.isPresent()) {
            PortalTexts.Described d = described.orElseThrow();
            signatures.save(new StoredSignature(key, d.kind(), d.owner(), signature.get(), clock.instant()));
        } else {
            into.remove(key);
            signatures.remove(key);
        }
    }

    /** Holds the stored signatures again (start-up); how many. */
    @Transactional
    public int restore() {
        int restored = 0;
        for (int first = 0; ; first += PAGE) {
            List<StoredSignature> page = signatures.page(first, PAGE);
            for (StoredSignature stored : page) {
                index.restore(stored.key(), stored.getKind(), stored.getOwner(), stored.signature());
            }
            restored += page.size();
            if (page.size() < PAGE) {
                return restored;
            }
        }
    }

    /** Starts a rebuild in the background unless one runs; whether it started. */
    public boolean rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        try {
            executor.submit(this::rebuildNow);
            return true;
        } catch (RuntimeException e) {
            rebuilding.set(false);
            throw e;
        }
    }

    /**
     * Every text read again into a fresh index (each stored afresh, each gone one forgotten), then swapped in; texts
     * changed meanwhile are taken again first. Lookups use the old index until the swap.
     */
    int rebuildNow() {
        rebuilding.set(true);
        try {
            NearCopyIndex fresh = new NearCopyIndex(texts);
            List<TextKey> keys = texts.keys();
            for (TextKey key : keys) {
                keepQuietly(fresh, key);
            }
            signatures.removeAllBut(fresh::holds);
            for (TextKey key : Set.copyOf(changedMeanwhile)) {
                keepQuietly(fresh, key);
            }
            index = fresh;
            changedMeanwhile.clear();
            rebuilds.incrementAndGet();
            LOG.info(() -> "Near-copy index rebuilt: " + fresh.size() + " of " + keys.size() + " texts held");
            return fresh.size();
        } finally {
            rebuilding.set(false);
        }
    }

    private void keepQuietly(NearCopyIndex into, TextKey key) {
        try {
            keep(into, key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The near-copy rebuild could not take " + key, e);
        }
    }

    /**
     * The texts sharing at least {@code share} (0–1) of the described text with it, the text's own owner's aside;
     * the text need not be held (not yet indexed, or too short: then said).
     */
    public NearCopies similarTo(PortalTexts.Described text, double share) {
        return index.similarTo(text.text(), text.kind(), text.owner(), share);
    }

    public int size() {
        return index.size();
    }

    /** The index's state: texts held, whether a rebuild runs, how many finished since start-up. */
    public record State(int held, boolean rebuilding, int rebuilds) {
    }

    public State state() {
        return new State(index.size(), rebuilding.get(), rebuilds.get());
    }
}
