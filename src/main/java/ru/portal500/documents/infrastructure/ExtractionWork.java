package ru.portal500.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.documents.domain.ExtractionState;
import ru.portal500.tenancy.infrastructure.WholeRegion;

import java.util.List;
import java.util.Optional;

/**
 * The extraction worker's view of versions: the system works on them, not a caller, so no scope applies
 * (and none is needed: it only reads files and writes their text back).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ExtractionWork {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    WholeRegion wholeRegion;

    /** Versions whose extraction has not run (after a restart: the ones interrupted). */
    public List<Long> pending(int limit) {
        return em.createQuery("select v.id from DocumentVersion v where v.extraction = :pending order by v.id",
                Long.class).setParameter("pending", ExtractionState.PENDING).setMaxResults(limit).getResultList();
    }

    /** A document, read within the region it belongs to (for the search index, which works for no caller). */
    public Optional<Document> document(long id) {
        return wholeRegion.find(Document.class, id, ExtractionWork::regionOf);
    }

    /** Every document's id (a full rebuild of the search index). */
    public List<Long> documentIds() {
        return em.createNativeQuery("select id from document order by id").getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * A version with its document, read within the region the document belongs to (the transaction's
     * EntityManager gets that region as its scope).
     */
    public Optional<DocumentVersion> version(long id) {
        return wholeRegion.find(DocumentVersion.class, id, v -> regionOf(v.getDocument()));
    }

    private static String regionOf(Document document) {
        return document.getSchool().getMunicipality().getRegion().getCode();
    }
}
