package ru.portal500.similarity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.portal500.similarity.domain.TextKey;

import java.util.List;
import java.util.function.Predicate;

/** The stored signatures of near-copies: written as texts change, read whole when the index is restored. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
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

    /** Forgets the signatures of the texts not kept (after a rebuild: texts gone or too short now); how many. */
    public int removeAllBut(Predicate<TextKey> kept) {
        List<String> gone = em.createQuery("select s.textKey from StoredSignature s", String.class).getResultStream()
                .filter(key -> !kept.test(TextKey.parse(key))).toList();
        for (int first = 0; first < gone.size(); first += 500) {
            em.createQuery("delete from StoredSignature s where s.textKey in :keys")
                    .setParameter("keys", gone.subList(first, Math.min(gone.size(), first + 500))).executeUpdate();
        }
        return gone.size();
    }
}
