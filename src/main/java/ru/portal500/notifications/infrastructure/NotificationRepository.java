package ru.portal500.notifications.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.notifications.domain.Notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The caller's own notifications. Every query is filtered by the caller's login, taken here from the
 * request and never from a parameter: nobody reaches another person's notifications, not even by id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class NotificationRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** Newest first; {@code unreadOnly}: those not read yet. */
    public List<Notification> mine(boolean unreadOnly, int first, int max) {
        return mineQuery("select n from Notification n where n.recipient = :me"
                + (unreadOnly ? " and n.readAt is null" : "") + " order by n.createdAt desc, n.id desc",
                Notification.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(boolean unreadOnly) {
        return mineQuery("select count(n) from Notification n where n.recipient = :me"
                + (unreadOnly ? " and n.readAt is null" : ""), Long.class).getSingleResult();
    }

    /** One of the caller's notifications; another person's is not found. */
    public Optional<Notification> mine(long id) {
        return mineQuery("select n from Notification n where n.id = :id and n.recipient = :me", Notification.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Marks all the caller's unread notifications read; how many there were. */
    public int markAllRead(Instant at) {
        return em.createQuery("update Notification n set n.readAt = :at, n.version = n.version + 1"
                        + " where n.recipient = :me and n.readAt is null")
                .setParameter("at", at).setParameter("me", me()).executeUpdate();
    }

    private <T> TypedQuery<T> mineQuery(String jpql, Class<T> type) {
        return em.createQuery(jpql, type).setParameter("me", me());
    }

    private String me() {
        // An anonymous caller has no login: "" matches no row (recipients are never blank).
        String username = currentCaller.get().getUsername();
        return username == null ? "" : username;
    }
}
