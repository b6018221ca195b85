package ru.portal500.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import ru.portal500.identity.domain.AuditEvent;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.tenancy.infrastructure.ScopedToCaller;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Audit entries: appended in their own transaction, read within the caller's scope. */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Kept even when the caller's own transaction rolls back (a refused change is still on record). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(AuditEvent event) {
        em.persist(event);
    }

    /** Newest first; every filter is optional except the regions. */
    @Transactional(Transactional.TxType.REQUIRED)
    @ScopedToCaller
    public List<AuditEvent> search(AuditQuery query, Collection<String> regions) {
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where e.regionCode in :regions");
        if (query.type() != null) {
            jpql.append(" and e.type = :type");
        }
        if (query.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and e.occurredAt < :to");
        }
        if (query.actor() != null) {
            jpql.append(" and e.actorUsername = :actor");
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        TypedQuery<AuditEvent> q = em.createQuery(jpql.toString(), AuditEvent.class)
                .setParameter("regions", regions)
                .setFirstResult(query.offset())
                .setMaxResults(query.limit());
        if (query.type() != null) {
            q.setParameter("type", query.type());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
        if (query.actor() != null) {
            q.setParameter("actor", query.actor());
        }
        return q.getResultList();
    }

    /** Filters of the audit log. */
    public record AuditQuery(AuditEventType type, Instant from, Instant to, String actor, int offset, int limit) {
        public AuditQuery {
            if (offset < 0 || limit < 1 || limit > 500) {
                throw new IllegalArgumentException("offset >= 0, 1 <= limit <= 500");
            }
        }
    }
}
