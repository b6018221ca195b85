package ru.portal500.similarity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.portal500.similarity.domain.TextKey;

import java.util.List;

/** The stored signatures of near-copies: written as texts change, read whole when the index is restored. */
@ApplicationScoped
public class SignatureRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Stores a text's signature, replacing the one it had. */
    public void save(StoredSignature signature) {
        em.merge(signature);
    }

    /** Forgets a text's signature (a text gone, or too short now to be judged). */
    public void remove(TextKey key) {
        em.createQuery("delete from StoredSignature s where s.textKey = :key").setParameter("key", key.toString())
                .executeUpdate();
    }

    /** A page of the stored signatures, in the order they were computed (restoring the index page by page). */
    public List<StoredSignature> page(int first, int max) {
        return em.createQuery("select s from StoredSignature s order by s.computedAt, s.textKey", StoredSignature.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Forgets every signature (before a rebuild writes them afresh). */
    public int clear() {
        return em.createQuery("delete from StoredSignature s").executeUpdate();
    }
}
