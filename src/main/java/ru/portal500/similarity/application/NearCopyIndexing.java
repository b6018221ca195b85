package ru.portal500.similarity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.application.ExtractionRecorder;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.similarity.domain.NearCopies;
import ru.portal500.similarity.domain.NearCopyIndex;
import ru.portal500.similarity.domain.Signature;
import ru.portal500.similarity.domain.TextKey;
import ru.portal500.similarity.infrastructure.SignatureRepository;
import ru.portal500.similarity.infrastructure.StoredSignature;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the near-copy index in step with the portal's texts: after the commit that puts a document's text on record
 * or a practice in the bank, the text's signature is computed, held in the index and stored (a text too short to
 * judge, or gone, is forgotten). At start-up the index is restored from the stored signatures. Derived data: a
 * failure is logged and mended by a rebuild.
 */
@ApplicationScoped
public class NearCopyIndexing {

    private static final Logger LOG = Logger.getLogger(NearCopyIndexing.class.getName());
    private static final int PAGE = 1_000;

    @Inject
    PortalTexts texts;

    @Inject
    SignatureRepository signatures;

    Clock clock = Clock.systemUTC();

    private NearCopyIndex index;

    @PostConstruct
    void open() {
        index = new NearCopyIndex(texts);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void textExtracted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExtractionRecorder.TextExtracted event) {
        keepQuietly(PortalTexts.document(event.documentId()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void practicePublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeBank.PracticePublished event) {
        keepQuietly(PortalTexts.practice(event.practiceId()));
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
        Optional<PortalTexts.Described> described = texts.described(key);
        Optional<Signature> signature = described.flatMap(d -> index.add(key, d.kind(), d.owner(), d.text()));
        if (signature.isPresent()) {
            PortalTexts.Described d = described.orElseThrow();
            signatures.save(new StoredSignature(key, d.kind(), d.owner(), signature.get(), clock.instant()));
        } else {
            index.remove(key);
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

    /** The texts sharing at least {@code share} (0–1) of the text under the key with it. */
    public NearCopies similarTo(TextKey key, double share) {
        return index.similarTo(key, share);
    }

    public int size() {
        return index.size();
    }
}
