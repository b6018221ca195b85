package ru.portal500.similarity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.portal500.similarity.domain.CopyDecision;
import ru.portal500.similarity.domain.TextKey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Decisions about near-copies, read by the text looked at: the caller's right to that text is its owning context's
 * check, made before any of these reads.
 */
@ApplicationScoped
public class DecisionRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<CopyDecision> of(TextKey text, TextKey other) {
        return em.createQuery("select d from CopyDecision d where d.textKey = :text and d.otherKey = :other",
                        CopyDecision.class).setParameter("text", text.toString())
                .setParameter("other", other.toString()).getResultStream().findFirst();
    }

    /** The decisions about the texts' near-copies. */
    public List<CopyDecision> about(Collection<TextKey> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from CopyDecision d where d.textKey in :texts", CopyDecision.class)
                .setParameter("texts", texts.stream().map(TextKey::toString).toList()).getResultList();
    }

    public void add(CopyDecision decision) {
        em.persist(decision);
        em.flush();
    }
}
