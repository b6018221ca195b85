package ru.portal500.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.documents.domain.ExtractionState;
import ru.portal500.tenancy.infrastructure.ScopeParameters;

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

    /** Versions whose extraction has not run (after a restart: the ones interrupted). */
    public List<Long> pending(int limit) {
        return em.createQuery("select v.id from DocumentVersion v where v.extraction = :pending order by v.id",
                Long.class).setParameter("pending", ExtractionState.PENDING).setMaxResults(limit).getResultList();
    }

    /** A document, read within the region it belongs to (for the search index, which works for no caller). */
    public Optional<Document> document(long id) {
        List<?> region = em.createNativeQuery("select r.code from document d join school s on s.id = d.school_id"
                + " join municipality m on m.id = s.municipality_id join region r on r.id = m.region_id"
                + " where d.id = ?").setParameter(1, id).getResultList();
        if (region.isEmpty()) {
            return Optional.empty();
        }
        ScopeParameters.wholeRegion((String) region.get(0)).forEach(em::setProperty);
        return Optional.ofNullable(em.find(Document.class, id));
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
        List<?> region = em.createNativeQuery("select r.code from document_version v join document d"
                + " on d.id = v.document_id join school s on s.id = d.school_id join municipality m"
                + " on m.id = s.municipality_id join region r on r.id = m.region_id where v.id = ?")
                .setParameter(1, id).getResultList();
        if (region.isEmpty()) {
            return Optional.empty();
        }
        ScopeParameters.wholeRegion((String) region.get(0)).forEach(em::setProperty);
        return Optional.ofNullable(em.find(DocumentVersion.class, id));
    }
}
